package org.quire.works;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request's {@code expectedChapters} when it is given: a count, or {@code count} null for
 * "unknown" (JSON {@code null}). A request that leaves the field out holds no ExpectedChapters at
 * all, so a PATCH can tell "set it back to unknown" from "leave it as it is".
 */
@JsonDeserialize(using = ExpectedChapters.Reader.class)
@Schema(implementation = Integer.class, nullable = true)
record ExpectedChapters(@Nullable Integer count) {
  static final ExpectedChapters UNKNOWN = new ExpectedChapters(null);

  static ExpectedChapters of(@Nullable Integer count) {
    return new ExpectedChapters(count);
  }

  /** Reads a number (or null) as the count; a missing field stays a null reference. */
  static final class Reader extends ValueDeserializer<ExpectedChapters> {
    @Override
    public ExpectedChapters deserialize(JsonParser p, DeserializationContext ctxt) {
      return new ExpectedChapters(ctxt.readValue(p, Integer.class));
    }

    @Override
    public ExpectedChapters getNullValue(DeserializationContext ctxt) {
      return UNKNOWN;
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }
}

package org.quire.platform;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads every string of a JSON body through {@link StoredText}: a value holding a character text
 * cannot store fails with its field's path, which {@code ApiExceptionAdvice} answers with a 422
 * naming that field.
 */
@Component
class StoredTextModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  StoredTextModule() {
    super("quire-stored-text");
    addDeserializer(String.class, new Checked());
  }

  /** Thrown for a string that cannot be stored; the path names the field. */
  static final class Refused extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    Refused(JsonParser parser, String problem, String value) {
      super(parser, problem, value, String.class);
    }

    /** The field as services name it: {@code chapters[0].body}. */
    String field() {
      StringBuilder field = new StringBuilder();
      for (Reference ref : getPath()) {
        if (ref.getPropertyName() != null) {
          field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          field.append('[').append(ref.getIndex()).append(']');
        }
      }
      return field.isEmpty() ? "body" : field.toString();
    }

    /** The message without Jackson's location details. */
    String problem() {
      return getOriginalMessage();
    }
  }

  private static final class Checked extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String value = super.deserialize(parser, context);
      String problem = StoredText.problem(value);
      if (problem != null) {
        throw new Refused(parser, problem, value);
      }
      return value;
    }
  }
}

package org.quire.works;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A work just posted through {@link WorkImporter}. As JSON it is exactly the contract's Work (the
 * body of {@code GET /api/v1/works/{id}}).
 */
public final class PostedWork {
  private final WorkResponse response;

  PostedWork(Work work) {
    this.response = WorkResponse.of(work);
  }

  public long id() {
    return response.id();
  }

  public String title() {
    return response.title();
  }

  public boolean draft() {
    return response.draft();
  }

  /** The contract's Work, for JSON. */
  @JsonValue
  public Object json() {
    return response;
  }
}

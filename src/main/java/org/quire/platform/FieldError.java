package org.quire.platform;

/** One invalid field of a request, as shown beside the field on a page and listed in a problem. */
public record FieldError(String field, String message) {}

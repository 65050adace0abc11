package org.quire.tags;

/** A tag as other modules see it. */
public record TagRef(long id, String name, TagType type) {}

package org.quire.tags;

import org.jspecify.annotations.Nullable;

/** A row of {@code tags}. */
record Tag(long id, String name, TagType type, boolean canonical, @Nullable Long synonymOf) {

  /** Nobody has wrangled it: neither canonical nor a synonym. */
  boolean unwrangled() {
    return !canonical && synonymOf == null;
  }

  TagRef ref() {
    return new TagRef(id, name, type);
  }
}

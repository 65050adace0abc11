package org.quire.listings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a listing can be sorted by: the one list every engine answers (the SQL listing and a search
 * index each map a key to their own column or field). Every key ties on the work id, in the same
 * direction.
 */
public enum SortKey {
  UPDATED,
  POSTED,
  KUDOS,
  HITS,
  BOOKMARKS,
  COMMENTS,
  WORDS,
  TITLE,
  CREATOR,
  /** Best match for a text query ({@code q} or {@code text}); without one, as {@link #UPDATED}. */
  RELEVANCE;

  /** The key as the {@code sort} parameter spells it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort named by a {@code sort} parameter (case-insensitive), if any. */
  public static Optional<SortKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(key)).findFirst();
  }

  /** Titles and creators sort A to Z unless asked otherwise; the rest newest or most first. */
  public boolean ascendingByDefault() {
    return this == TITLE || this == CREATOR;
  }

  @Override
  public String toString() {
    return key();
  }
}

package org.quire.listings;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tags that index documents name, read once for a whole pass over the works instead of joined
 * again for every work: a work has about twenty tags, and most of them are the popular ones every
 * other work has too. Bounded, so an archive with millions of tags does not hold them all.
 */
final class TagDictionary {
  /** About 30 MB of names; past it the dictionary starts again empty. */
  static final int MAX_TAGS = 200_000;

  /**
   * @param mergedId the tag this one is a synonym of, or its own id: what crossovers count
   */
  record Entry(TagRef ref, long mergedId) {}

  private final JdbcClient jdbc;
  private final Map<Long, Entry> entries = new HashMap<>();

  TagDictionary(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes sure these tags are known, reading the missing ones in one query. */
  void fetch(Collection<Long> ids) {
    List<Long> missing = missing(ids);
    if (entries.size() + missing.size() > MAX_TAGS) {
      entries.clear();
      missing = missing(ids);
    }
    if (missing.isEmpty()) {
      return;
    }
    jdbc.sql("select id, name, type, coalesce(synonym_of, id) from tags where id = any(?)")
        .param(missing.toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              TagRef ref =
                  new TagRef(rs.getLong(1), rs.getString(2), TagType.valueOf(rs.getString(3)));
              entries.put(ref.id(), new Entry(ref, rs.getLong(4)));
            });
  }

  /** A tag passed to {@link #fetch} since; null only if it was deleted meanwhile. */
  @Nullable Entry get(long id) {
    return entries.get(id);
  }

  private List<Long> missing(Collection<Long> ids) {
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      if (!entries.containsKey(id)) {
        missing.add(id);
      }
    }
    return missing;
  }
}

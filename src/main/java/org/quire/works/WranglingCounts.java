package org.quire.works;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.quire.tags.TagType;
import org.quire.tags.TagUses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tags module's wrangling counts, read from the works' tags and filter sets. */
@Component
class WranglingCounts implements TagUses {
  private final JdbcClient jdbc;

  WranglingCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Long, Long> uses(Collection<Long> tagIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (tagIds.isEmpty()) {
      return counts;
    }
    jdbc.sql("select tag_id, count(*) from work_tags where tag_id = any(?) group by tag_id")
        .param(tagIds.toArray(Long[]::new))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getLong(1), rs.getLong(2)));
    return counts;
  }

  @Override
  public Map<Long, Map<TagType, Long>> unwrangledUnder(Collection<Long> fandomIds) {
    Map<Long, Map<TagType, Long>> counts = new HashMap<>();
    if (fandomIds.isEmpty()) {
      return counts;
    }
    // The same tags as a bin lists: typed on any work filed under the fandom.
    jdbc.sql(
            "select f.tag_id, t.type, count(distinct t.id) from work_filters f"
                + " join work_tags wt on wt.work_id = f.work_id join tags t on t.id = wt.tag_id"
                + " where f.tag_id = any(?) and t.type in ('Character', 'Relationship', 'Freeform')"
                + " and not t.canonical and t.synonym_of is null group by f.tag_id, t.type")
        .param(fandomIds.toArray(Long[]::new))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs ->
                    counts
                        .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(TagType.class))
                        .put(TagType.valueOf(rs.getString(2)), rs.getLong(3)));
    return counts;
  }
}

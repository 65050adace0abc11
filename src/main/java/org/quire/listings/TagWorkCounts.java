package org.quire.listings;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quire.accounts.Viewer;
import org.quire.tags.TagWorkCounter;
import org.quire.works.Audience;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the works say about a tag, for the tags module: how many works its listing shows, the tags
 * used under it, and which unwrangled tags are on works a viewer may find. Reads the works' filter
 * sets and tags as the SQL listing does (the read model named in this package's description).
 */
@Service
class TagWorkCounts implements TagWorkCounter {
  private final JdbcClient jdbc;
  private final ObjectProvider<WorkIndex> index;

  TagWorkCounts(JdbcClient jdbc, ObjectProvider<WorkIndex> index) {
    this.jdbc = jdbc;
    this.index = index;
  }

  /**
   * From the search index when it can answer, so that a tag's count always agrees with its listing;
   * from SQL while the index is being built.
   */
  @Override
  public long countWorks(long tagId, Viewer viewer) {
    Audience audience = Audience.of(viewer);
    WorkIndex engine = index.getIfAvailable();
    if (engine != null) {
      Optional<IndexHits> hits =
          engine.find(
              new IndexQuery(
                  ListingQuery.DEFAULTS, List.of(tagId), List.of(), null, List.of(), audience));
      if (hits.isPresent()) {
        return hits.get().total();
      }
    }
    Audience.Condition listed = audience.listed("w");
    return jdbc.sql(
            "select count(*) from work_filters f join works w on w.id = f.work_id"
                + " where f.tag_id = ? and "
                + listed.sql())
        .params(params(tagId, listed))
        .query(Long.class)
        .single();
  }

  @Override
  public List<Long> tagsUsedUnder(long tagId, int limit) {
    return jdbc.sql(
            "select distinct wt.tag_id from work_tags wt join work_filters f on f.work_id = wt.work_id"
                + " where f.tag_id = ? limit ?")
        .params(tagId, limit)
        .query(Long.class)
        .list();
  }

  @Override
  public Set<Long> usedOnPostedWorks(Collection<Long> tagIds, Viewer viewer) {
    if (tagIds.isEmpty()) {
      return Set.of();
    }
    Audience.Condition listed = Audience.of(viewer).listed("w");
    return new HashSet<>(
        jdbc.sql(
                "select t.id from unnest(?::bigint[]) as t(id) where exists (select 1 from"
                    + " work_tags wt join works w on w.id = wt.work_id where wt.tag_id = t.id"
                    + " and "
                    + listed.sql()
                    + ")")
            .params(params(tagIds.toArray(Long[]::new), listed))
            .query(Long.class)
            .list());
  }

  private static List<Object> params(Object first, Audience.Condition condition) {
    List<Object> params = new java.util.ArrayList<>();
    params.add(first);
    params.addAll(condition.params());
    return params;
  }
}

package org.quire.listings;

import java.util.List;
import java.util.Optional;
import org.quire.works.Audience;
import org.springframework.stereotype.Service;

/**
 * A listing answered by PostgreSQL alone, for a guest: names resolved as every listing resolves
 * them, then the SQL listing ({@code WorkListing}: EXISTS on the filter sets per included tag, a
 * count and a page, facets by GROUP BY over the filtered works). It is the careful plain-SQL peer
 * that the benchmark measures the search index against; the archive itself never uses it.
 */
@Service
public class ListingBaseline {
  private final WorkFinder finder;
  private final WorkListing sql;

  ListingBaseline(WorkFinder finder, WorkListing sql) {
    this.finder = finder;
    this.sql = sql;
  }

  /**
   * The page's work ids, the exact total and, when the query asks for facets, the number of
   * matching works per filter tag id. Nothing matches when a required tag does not exist.
   */
  public IndexHits find(ListingQuery query) {
    Optional<IndexQuery> resolved = finder.resolve(Audience.everyone(), query);
    if (resolved.isEmpty()) {
      return new IndexHits(List.of(), 0, query.facets() ? TagCounts.EMPTY : null);
    }
    return sql.find(resolved.get());
  }
}

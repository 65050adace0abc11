package org.quire.listings;

import java.util.Optional;

/**
 * A search index over posted works, provided by another module. Listings ask it first; when it
 * cannot answer (absent, or being rebuilt) the SQL listing answers instead, exactly but slower.
 */
public interface WorkIndex {

  /** The page for this query, or empty when the index cannot answer right now. */
  Optional<IndexHits> find(IndexQuery query);
}

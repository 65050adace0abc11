/**
 * Finding works fast: an embedded Apache Lucene index of posted works under {@code
 * $QUIRE_DATA_DIR/index}, kept in step with the database by the works module's events and rebuilt
 * from it whenever it is missing, outdated or was not closed cleanly. It answers the works module's
 * {@link org.quire.listings.WorkIndex}: exact include/exclude filters on filter sets, ranges, text
 * queries, every sort with a stable tie-break, deep paging by {@code searchAfter}, and exact facet
 * counts. While it is being built, listings are answered by SQL instead.
 */
@org.jspecify.annotations.NullMarked
package org.quire.search;

package org.quire.listings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing: the works' ids in order, the exact total, and when asked the number of
 * matching works per filter tag id over the whole result.
 */
public record IndexHits(List<Long> workIds, long total, @Nullable TagCounts tagCounts) {}

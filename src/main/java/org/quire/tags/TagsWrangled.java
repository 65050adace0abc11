package org.quire.tags;

import java.util.Set;

/**
 * Wrangling changed these tags (and what hangs on them): works that carry them, or are found under
 * them, need their filter sets recomputed.
 */
public record TagsWrangled(Set<Long> tagIds) {}

package org.quire.tags;

import org.quire.accounts.Viewer;

/** Implemented by the works module: what the works say about a tag. */
public interface TagWorkCounter {
  /** Works listed to this viewer whose filter set holds the tag (the works module's rule). */
  long countWorks(long tagId, Viewer viewer);

  /** The tags typed on works found under {@code tagId} (a fandom's bin), at most {@code limit}. */
  java.util.List<Long> tagsUsedUnder(long tagId, int limit);

  /**
   * Those of {@code tagIds} typed on at least one work listed to this viewer (drafts never count):
   * what tag suggestions may show besides canonical tags.
   */
  java.util.Set<Long> usedOnPostedWorks(java.util.Collection<Long> tagIds, Viewer viewer);
}

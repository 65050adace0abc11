package org.quire.tags;

/** Implemented by the listings module: what the works say about a tag. */
public interface TagWorkCounter {
  /** The works listed to this viewer whose filter set holds the tag: as its listing counts. */
  long countWorks(long tagId, org.quire.accounts.Viewer viewer);

  /** The tags typed on works found under {@code tagId} (a fandom's bin), at most {@code limit}. */
  java.util.List<Long> tagsUsedUnder(long tagId, int limit);

  /**
   * Those of {@code tagIds} typed on at least one work listed to this viewer (drafts never count):
   * what tag suggestions may show besides canonical tags.
   */
  java.util.Set<Long> usedOnPostedWorks(
      java.util.Collection<Long> tagIds, org.quire.accounts.Viewer viewer);
}

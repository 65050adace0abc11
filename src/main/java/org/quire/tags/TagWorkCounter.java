package org.quire.tags;

/** Implemented by the works module: what the works say about a tag. */
public interface TagWorkCounter {
  /** Posted works whose filter set holds the tag; restricted ones only when asked. */
  long countWorks(long tagId, boolean includeRestricted);

  /** The tags typed on works found under {@code tagId} (a fandom's bin), at most {@code limit}. */
  java.util.List<Long> tagsUsedUnder(long tagId, int limit);

  /**
   * Those of {@code tagIds} typed on at least one posted work (drafts never count; restricted works
   * only when asked): what tag suggestions may show besides canonical tags.
   */
  java.util.Set<Long> usedOnPostedWorks(
      java.util.Collection<Long> tagIds, boolean includeRestricted);
}

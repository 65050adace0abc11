package org.quire.tags;

import java.util.Collection;
import java.util.Map;

/** Implemented by the works module: how much works use tags, for the wrangling pages. */
public interface TagUses {
  /** The number of works (drafts included, as wrangling bins show their tags) carrying each tag. */
  Map<Long, Long> uses(Collection<Long> tagIds);

  /**
   * For each of these fandoms, the number of distinct unwrangled tags (neither canonical nor a
   * synonym) of each type typed on the works found under it: what its bins hold.
   */
  Map<Long, Map<TagType, Long>> unwrangledUnder(Collection<Long> fandomIds);
}

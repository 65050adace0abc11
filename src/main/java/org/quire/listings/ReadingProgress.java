package org.quire.listings;

import java.util.Collection;
import java.util.Map;

/**
 * Where a signed-in reader is in works they have read, provided by another module, for "continue
 * reading at chapter N" and "updated since you last read it" on blurbs.
 */
public interface ReadingProgress {

  /** The reader's progress in those of these works they have read or marked for later. */
  Map<Long, Progress> of(long accountId, Collection<Long> workIds);

  /**
   * @param lastChapter the last chapter read (0 when only marked for later)
   * @param updatedSinceRead the work has more chapters than when last read
   */
  record Progress(int lastChapter, boolean updatedSinceRead, boolean markedForLater) {}
}

package org.quire.listings;

import java.util.List;

/**
 * What a signed-in reader chose never to see (muted tags and creators), provided by another module:
 * listings, searches and the front page leave those works out, server-side.
 */
public interface ReaderExclusions {

  /** Tag ids: works whose filter set holds any of them are left out. */
  List<Long> mutedTagIds(long accountId);

  /** Account ids: works credited to any of them are left out. */
  List<Long> mutedAccountIds(long accountId);
}

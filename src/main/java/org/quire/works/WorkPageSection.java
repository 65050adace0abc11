package org.quire.works;

import org.quire.accounts.Viewer;
import org.quire.platform.PageContext;

/**
 * A part of the work page that another module renders (kudos, bookmarks, comments…), placed below
 * the work's text. The returned HTML is the other module's responsibility: escaped and sanitized.
 */
public interface WorkPageSection {

  /**
   * @param position the chapter shown, or 0 when the entire work is shown
   */
  String render(Viewer viewer, PageContext page, WorkSummary work, int position);
}

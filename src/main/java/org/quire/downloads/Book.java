package org.quire.downloads;

import java.util.List;
import java.util.Map;
import org.quire.works.ChapterView;
import org.quire.works.WorkView;

/**
 * Everything a download is made of: the work, its chapters with text, where it lives (absolute URLs
 * for the title page's links) and the images fetched for it, by their URL.
 */
record Book(
    WorkView work,
    List<ChapterView> chapters,
    String archiveUrl,
    String workUrl,
    Map<String, ImageFetcher.Image> images) {

  /** One chapter with no title is shown under the work's title, as a one-shot. */
  boolean oneShot() {
    return chapters.size() == 1 && chapters.get(0).title().isBlank();
  }

  String heading(ChapterView chapter) {
    return oneShot() ? work.title() : chapter.heading();
  }
}

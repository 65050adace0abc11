package org.quire.works;

import java.util.List;
import org.quire.accounts.Viewer;
import org.springframework.stereotype.Service;

/**
 * The read side of works for other modules (downloads, feeds): posted works as a viewer may read
 * them and their chapters with text (listings of public works are the listings module's {@code
 * PublicListings}). A draft, a deleted work, or one {@link Audience} does not admit is a 404,
 * exactly as on the work page.
 */
@Service
public class WorkReader {
  private final WorkService works;
  private final WorkRepository repository;

  WorkReader(WorkService works, WorkRepository repository) {
    this.works = works;
    this.repository = repository;
  }

  /**
   * The posted work {@code id} if it is listed to {@code viewer} ({@link Audience#listedVerdict}).
   *
   * @throws WorkNotShown 404 for a draft (even to its creators), a missing work, or one the viewer
   *     cannot see; a reading page calls {@link WorkNotShown#onPage} to send a guest to log in
   */
  public WorkView posted(Viewer viewer, long id) {
    return WorkView.of(works.posted(viewer, id));
  }

  /**
   * Those of these works listed to {@code viewer}, in this order; deleted ones, drafts and those
   * the viewer may not see are left out.
   */
  public List<WorkView> posted(Viewer viewer, List<Long> ids) {
    Audience audience = Audience.of(viewer);
    return works.cached(ids).stream().filter(audience::lists).map(WorkView::of).toList();
  }

  /** The work's chapters in order, with their sanitized text. */
  public List<ChapterView> chapters(WorkView work) {
    return repository.chapters(work.id()).stream().map(ChapterView::of).toList();
  }
}

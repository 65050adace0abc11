package org.quire.works;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.quire.accounts.Viewer;
import org.springframework.stereotype.Service;

/**
 * The read side of works for other modules (downloads, feeds): posted works as a viewer may read
 * them, their chapters with text, and the adult-content gate (listings of public works are the
 * listings module's {@code PublicListings}). A draft, a deleted work, or one {@link Audience} does
 * not admit is a 404, exactly as on the work page.
 */
@Service
public class WorkReader {
  private final WorkService works;
  private final WorkRepository repository;
  private final AdultGate gate;

  WorkReader(WorkService works, WorkRepository repository, AdultGate gate) {
    this.works = works;
    this.repository = repository;
    this.gate = gate;
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

  /**
   * True when this reader must first see the adult-content warning for the work (the same rule as
   * the work page: {@code view_adult=true} on this request, or an earlier "Yes, Continue" in the
   * browser session, or the reader's setting, or being a creator lets them through).
   */
  public boolean mustWarn(
      Viewer viewer, long id, HttpServletRequest request, HttpServletResponse response) {
    return gate.mustWarn(viewer, works.visible(viewer, id), request, response);
  }
}

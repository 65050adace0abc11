package org.quire.works;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The read side of works for other modules (downloads, feeds): posted works as a viewer may read
 * them, their chapters with text, the adult-content gate, and listings of public works. A draft, a
 * deleted work, or one {@link Audience} does not admit is a 404, exactly as on the work page.
 */
@Service
public class WorkReader {
  private final WorkService works;
  private final WorkRepository repository;
  private final WorkFinder listing;
  private final AdultGate gate;

  WorkReader(WorkService works, WorkRepository repository, WorkFinder listing, AdultGate gate) {
    this.works = works;
    this.repository = repository;
    this.listing = listing;
    this.gate = gate;
  }

  /** A page of works and the number of works in the whole result. */
  public record Page(List<WorkView> works, long total, int page, int perPage) {
    /** True when another page follows this one. */
    public boolean hasNext() {
      return (long) page * perPage < total;
    }
  }

  /** A tag and how many works carry it. */
  public record TagCount(String tag, long count) {}

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

  /**
   * Posted public works as a guest finds them (restricted works and drafts never appear), newest
   * update first.
   *
   * @param tag browse one tag (its synonyms and subtags count), or null for all
   * @param q a query in the listing's syntax, or null
   * @throws ApiException 400 for a malformed query
   */
  public Page publicWorks(@Nullable String tag, @Nullable String q, int page, int perPage) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    if (tag != null) {
      params.set("tag", tag);
    }
    if (q != null) {
      params.set("q", q);
    }
    params.set("page", Integer.toString(page));
    params.set("perPage", Integer.toString(perPage));
    WorkFinder.Result result =
        listing.find(Viewer.guest(), ListingQuery.parse(params, Instant.now()));
    return new Page(
        result.works().stream().map(WorkView::of).toList(), result.total(), page, perPage);
  }

  /** The fandoms of all public works with their exact counts, most used first. */
  public List<TagCount> publicFandoms() {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.set("perPage", "1");
    params.set("facets", "true");
    WorkFinder.Result result =
        listing.find(Viewer.guest(), ListingQuery.parse(params, Instant.now()));
    if (result.facets() == null) {
      return List.of();
    }
    return result.facets().getOrDefault("fandoms", List.of()).stream()
        .map(f -> new TagCount(f.tag(), f.count()))
        .toList();
  }
}

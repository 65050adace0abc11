package org.quire.works;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/works}: finding works by tags, ranges, text, with sorting, paging and facets.
 */
@RestController
class WorkListApiController {
  private final WorkFinder listing;

  WorkListApiController(WorkFinder listing) {
    this.listing = listing;
  }

  @GetMapping("/api/v1/works")
  Page find(Viewer viewer, @RequestParam MultiValueMap<String, String> params) {
    ListingQuery query = ListingQuery.parse(params, Instant.now());
    WorkFinder.Result result = listing.find(viewer, query);
    return new Page(
        result.works().stream().map(WorkResponse::of).toList(),
        query.page(),
        query.perPage(),
        result.total(),
        result.facets(),
        result.hidden() > 0 ? result.hidden() : null);
  }

  /**
   * The contract's list shape, with facets when asked, and how many works the caller's mutes hid
   * (when they hid any).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Page(
      List<WorkResponse> items,
      int page,
      int perPage,
      long total,
      @Nullable Map<String, List<WorkFinder.Facet>> facets,
      @Nullable Long hiddenByMutes) {}
}

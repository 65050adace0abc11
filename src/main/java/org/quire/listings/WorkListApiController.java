package org.quire.listings;

import static io.swagger.v3.oas.annotations.enums.ParameterIn.QUERY;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.works.Audience;
import org.quire.works.WorkResponse;
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
  @Parameters({
    @Parameter(name = "tag", in = QUERY, description = "Browse one tag (synonyms, subtags too)"),
    @Parameter(name = "creator", in = QUERY, description = "Works of this user"),
    @Parameter(name = "include", in = QUERY, description = "Tag names required (repeatable)"),
    @Parameter(name = "exclude", in = QUERY, description = "Tag names left out (repeatable)"),
    @Parameter(name = "rating", in = QUERY),
    @Parameter(name = "complete", in = QUERY, description = "true or false"),
    @Parameter(name = "crossover", in = QUERY, description = "true or false"),
    @Parameter(name = "language", in = QUERY),
    @Parameter(name = "words", in = QUERY, description = "Range: 1000-5000, >1000, <500"),
    @Parameter(name = "kudos", in = QUERY, description = "Range"),
    @Parameter(name = "hits", in = QUERY, description = "Range"),
    @Parameter(name = "comments", in = QUERY, description = "Range"),
    @Parameter(name = "bookmarks", in = QUERY, description = "Range"),
    @Parameter(name = "updated", in = QUERY, description = "Date range"),
    @Parameter(
        name = "q",
        in = QUERY,
        description =
            "Query over title, summary, notes, tags and creators; AO3's counts (kudos>10,"
                + " word count > 1000, comments<10…) and sort:kudos, sort:<words in it too"),
    @Parameter(name = "text", in = QUERY, description = "Full-text query inside chapters"),
    @Parameter(
        name = "sort",
        in = QUERY,
        description =
            "relevance (default with q or text), updated (default otherwise), posted, kudos,"
                + " hits, comments, bookmarks, words, title, creator"),
    @Parameter(name = "order", in = QUERY, description = "desc or asc"),
    @Parameter(name = "page", in = QUERY, description = "From 1"),
    @Parameter(name = "perPage", in = QUERY, description = "1 to 100, default 20"),
    @Parameter(name = "facets", in = QUERY, description = "true to count facets")
  })
  Page find(
      Viewer viewer, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
    ListingQuery query = ListingQuery.parse(params, Instant.now());
    WorkFinder.Result result = listing.find(Audience.of(viewer), query);
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

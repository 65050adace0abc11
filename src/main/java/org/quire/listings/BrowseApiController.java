package org.quire.listings;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.Paging;
import org.quire.works.Audience;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browsing over JSON: media and their fandoms, tag search and people search. Every count is of the
 * works listed to the caller (guests: posted public works; members: restricted ones too).
 */
@RestController
@RequestMapping("/api/v1")
class BrowseApiController {
  private final FandomBrowser fandoms;
  private final TagSearch tagSearch;
  private final PeopleSearch people;

  BrowseApiController(FandomBrowser fandoms, TagSearch tagSearch, PeopleSearch people) {
    this.fandoms = fandoms;
    this.tagSearch = tagSearch;
    this.people = people;
  }

  record FandomCount(String name, long worksCount) {}

  record MediumSummary(String name, int fandomsCount, List<FandomCount> popular) {}

  record FandomList(@Nullable String medium, List<FandomCount> items, int total) {}

  record TagFound(String name, String type, boolean canonical, long worksCount) {}

  record PersonFound(String pseud, String username, long worksCount) {}

  record ListPage<T>(List<T> items, int page, int perPage, long total) {}

  @Operation(summary = "Each medium with its most popular fandoms (Uncategorized Fandoms last)")
  @GetMapping("/media")
  List<MediumSummary> media(Viewer viewer) {
    return fandoms.media(Audience.of(viewer)).stream()
        .map(m -> new MediumSummary(m.name(), m.fandomsCount(), counts(m.popular())))
        .toList();
  }

  @Operation(summary = "Every fandom of a medium, by name, with its works count")
  @GetMapping("/media/{name}/fandoms")
  FandomList medium(Viewer viewer, @PathVariable String name) {
    String medium = FandomBrowser.medium(name).orElseThrow(() -> ApiException.notFound("Medium"));
    List<FandomCount> items = counts(fandoms.fandoms(Audience.of(viewer), medium));
    return new FandomList(medium, items, items.size());
  }

  @Operation(summary = "Every fandom in every medium, by name, with its works count")
  @GetMapping("/fandoms")
  FandomList all(Viewer viewer) {
    List<FandomCount> items = counts(fandoms.all(Audience.of(viewer)));
    return new FandomList(null, items, items.size());
  }

  @Operation(
      summary = "Tag search: name contains q, of a type, canonical only; sort name or uses",
      description =
          "worksCount is the uses the caller may see. A tag that is not canonical is found only"
              + " with such a use.")
  @GetMapping("/tags")
  ListPage<TagFound> tags(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "false") boolean canonical,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    TagSearch.Criteria criteria = TagSearch.Criteria.of(q, type, canonical, sort);
    Paging paging = Paging.of(page, perPage, 20);
    TagSearch.Page found = tagSearch.search(Audience.of(viewer), criteria, paging);
    return new ListPage<>(
        found.items().stream()
            .map(t -> new TagFound(t.name(), t.type(), t.canonical(), t.uses()))
            .toList(),
        paging.page(),
        paging.perPage(),
        found.total());
  }

  @Operation(summary = "People search: pseuds whose name or username contains q")
  @GetMapping("/people")
  ListPage<PersonFound> people(
      Viewer viewer,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    Paging paging = Paging.of(page, perPage, 20);
    PeopleSearch.Page found = people.search(Audience.of(viewer), q, paging);
    return new ListPage<>(
        found.items().stream()
            .map(p -> new PersonFound(p.pseud(), p.username(), p.works()))
            .toList(),
        paging.page(),
        paging.perPage(),
        found.total());
  }

  private static List<FandomCount> counts(List<FandomBrowser.Fandom> list) {
    return list.stream().map(f -> new FandomCount(f.name(), f.works())).toList();
  }
}

package org.quire.listings;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.quire.platform.Paging;
import org.quire.works.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing pages: media and their fandoms, tag search and people search. */
@Controller
class BrowsePageController {
  private static final int PER_PAGE = 50;
  private final FandomBrowser fandoms;
  private final TagSearch tagSearch;
  private final PeopleSearch people;

  BrowsePageController(FandomBrowser fandoms, TagSearch tagSearch, PeopleSearch people) {
    this.fandoms = fandoms;
    this.tagSearch = tagSearch;
    this.people = people;
  }

  @GetMapping("/media")
  String media(Viewer viewer, Model model) {
    model.addAttribute("media", fandoms.media(Audience.of(viewer)));
    return "listings/media";
  }

  @GetMapping("/media/{name}/fandoms")
  String medium(Viewer viewer, @PathVariable String name, Model model) {
    String medium = FandomBrowser.medium(name).orElseThrow(() -> ApiException.notFound("Medium"));
    model.addAttribute("heading", medium);
    model.addAttribute("medium", medium);
    model.addAttribute(
        "letters", FandomBrowser.byLetter(fandoms.fandoms(Audience.of(viewer), medium)));
    return "listings/fandoms";
  }

  @GetMapping("/fandoms")
  String all(Viewer viewer, Model model) {
    model.addAttribute("heading", "Fandoms");
    model.addAttribute("medium", null);
    model.addAttribute("letters", FandomBrowser.byLetter(fandoms.all(Audience.of(viewer))));
    return "listings/fandoms";
  }

  @GetMapping("/tags/search")
  String tags(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "false") boolean canonical,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String page,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("name", name == null ? "" : name);
    model.addAttribute("type", type == null ? "" : type);
    model.addAttribute("canonical", canonical);
    model.addAttribute("sort", sort == null || sort.isBlank() ? "name" : sort);
    model.addAttribute("errors", FormErrors.none());
    model.addAttribute("result", null);
    model.addAttribute("page", 1);
    boolean searched = name != null || type != null || sort != null;
    if (searched) {
      try {
        TagSearch.Criteria criteria = TagSearch.Criteria.of(name, type, canonical, sort);
        Paging paging = Paging.of(page, null, PER_PAGE);
        model.addAttribute("result", tagSearch.search(Audience.of(viewer), criteria, paging));
        model.addAttribute("page", paging.page());
      } catch (ApiException e) {
        response.setStatus(e.status().value());
        model.addAttribute("errors", FormErrors.of(e));
      }
    }
    model.addAttribute("perPage", PER_PAGE);
    return "listings/tag_search";
  }

  @GetMapping("/people")
  String people(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String query,
      @RequestParam(required = false) @Nullable String page,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("query", query == null ? "" : query);
    model.addAttribute("errors", FormErrors.none());
    model.addAttribute("result", null);
    model.addAttribute("page", 1);
    if (query != null) {
      try {
        Paging paging = Paging.of(page, null, PER_PAGE);
        model.addAttribute("result", people.search(Audience.of(viewer), query, paging));
        model.addAttribute("page", paging.page());
      } catch (ApiException e) {
        response.setStatus(e.status().value());
        model.addAttribute("errors", FormErrors.of(e));
      }
    }
    model.addAttribute("perPage", PER_PAGE);
    return "listings/people";
  }
}

package org.quire.listings;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagNames;
import org.quire.tags.TagRef;
import org.quire.works.Audience;
import org.quire.works.Pages;
import org.quire.works.WorkCards;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The works listings with the filter sidebar: all works, a tag's works (a synonym redirects to its
 * canonical tag), a user's works, and the search page. The sidebar's form fields become the same
 * parameters as {@code GET /api/v1/works}.
 */
@Controller
class ListingPageController {
  private final WorkFinder listing;
  private final TagDirectory tags;
  private final AccountDirectory accounts;
  private final WorkCards works;

  ListingPageController(
      WorkFinder listing, TagDirectory tags, AccountDirectory accounts, WorkCards works) {
    this.listing = listing;
    this.tags = tags;
    this.accounts = accounts;
    this.works = works;
  }

  @GetMapping("/works")
  String all(
      Viewer viewer,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return render(viewer, params, request, response, model, "Works", null);
  }

  @GetMapping("/works/search")
  String search(
      Viewer viewer,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("searchPage", true);
    return render(viewer, params, request, response, model, "Search results", null);
  }

  @GetMapping("/tags/{name}/works")
  String tag(
      Viewer viewer,
      @PathVariable String name,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    TagRef tag = tags.find(name).orElseThrow(() -> ApiException.notFound("Tag"));
    TagRef filterTag = tags.filterTagOf(name).orElseThrow();
    if (filterTag.id() != tag.id()) {
      String query = request.getQueryString();
      return "redirect:" + Pages.tagWorks(filterTag.name()) + (query == null ? "" : "?" + query);
    }
    MultiValueMap<String, String> withTag = new LinkedMultiValueMap<>(params);
    withTag.set("tag", tag.name());
    model.addAttribute("tag", tag);
    return render(
        viewer, withTag, request, response, model, tag.name(), Pages.tagWorks(tag.name()));
  }

  @GetMapping("/users/{username}/works")
  String user(
      Viewer viewer,
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    long accountId =
        accounts.accountIdOf(username).orElseThrow(() -> ApiException.notFound("User"));
    String name =
        accounts.pseudsOf(accountId).stream()
            .filter(p -> p.isDefault())
            .findFirst()
            .map(p -> p.username())
            .orElse(username);
    MultiValueMap<String, String> withCreator = new LinkedMultiValueMap<>(params);
    withCreator.set("creator", name);
    model.addAttribute("drafts", works.drafts(viewer, accountId));
    model.addAttribute("creator", name);
    return render(viewer, withCreator, request, response, model, name, Pages.user(name) + "/works");
  }

  private String render(
      Viewer viewer,
      MultiValueMap<String, String> params,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      String scope,
      String action) {
    Instant now = Instant.now();
    MultiValueMap<String, String> usable = new LinkedMultiValueMap<>(params);
    Map<String, String> errors = new LinkedHashMap<>(SidebarChecks.check(usable, now));
    MultiValueMap<String, String> query = sidebarToQuery(usable);
    query.set("facets", "true");
    ListingQuery parsed;
    try {
      parsed = ListingQuery.parse(query, now);
    } catch (ApiException e) {
      // Not one field's fault (two ends that do not make a range): keep the tag filters at least.
      errors.put("filters", e.getMessage());
      MultiValueMap<String, String> tagsOnly = new LinkedMultiValueMap<>();
      for (String key : List.of("tag", "creator", "include", "exclude", "facets")) {
        List<String> values = query.get(key);
        if (values != null) {
          tagsOnly.put(key, values);
        }
      }
      parsed = ListingQuery.parse(tagsOnly, now);
    }
    Audience audience = Audience.of(viewer);
    WorkFinder.Result result = listing.find(audience, parsed);
    model.addAttribute("query", parsed);
    model.addAttribute("filters", params);
    model.addAttribute("errors", errors);
    model.addAttribute("result", result);
    model.addAttribute(
        "sidebar", Sidebar.of(parsed, result.facets(), name -> tags.find(name).map(TagRef::type)));
    model.addAttribute("progress", listing.progress(audience, result.works()));
    model.addAttribute("scope", scope);
    model.addAttribute("action", action == null ? request.getRequestURI() : action);
    model.addAttribute("activeFilters", activeFilters(parsed));
    model.addAttribute("pageLink", pageLink(params, action != null));
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    return "listings/listing";
  }

  /**
   * The query string of another page of this listing: every sidebar field as the reader sent it,
   * tags typed into the free-text fields as include and exclude (so they show ticked there).
   */
  private static String pageLink(MultiValueMap<String, String> params, boolean scopedByPath) {
    UriComponentsBuilder link = UriComponentsBuilder.newInstance();
    params.forEach(
        (key, values) -> {
          boolean inPath = scopedByPath && (key.equals("tag") || key.equals("creator"));
          if (key.equals("page") || inPath) {
            return;
          }
          String target =
              key.equals("includeOther") ? "include" : key.equals("excludeOther") ? "exclude" : key;
          for (String value : values) {
            List<String> split = target.equals(key) ? List.of(value) : TagNames.split(value);
            split.forEach(v -> link.queryParam(target, UriUtils.encode(v, UTF_8)));
          }
        });
    String built = link.build(true).getQuery();
    return built == null ? "" : built;
  }

  /** How many filters the reader set: shown on the phone's "Filters" button, the sidebar folded. */
  private static int activeFilters(ListingQuery q) {
    int set = q.include().size() + q.exclude().size();
    for (Object filter :
        java.util.Arrays.asList(
            q.complete(),
            q.crossover(),
            q.language(),
            q.words(),
            q.kudos(),
            q.hits(),
            q.comments(),
            q.bookmarks(),
            q.updated(),
            q.q(),
            q.text())) {
      set += filter == null ? 0 : 1;
    }
    return set;
  }

  /** The sidebar's extra fields (free-text tags, range ends) as listing parameters. */
  static MultiValueMap<String, String> sidebarToQuery(MultiValueMap<String, String> params) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>(params);
    for (String other : List.of("includeOther", "excludeOther")) {
      String target = other.startsWith("include") ? "include" : "exclude";
      List<String> typed = query.remove(other);
      if (typed != null) {
        typed.forEach(text -> TagNames.split(text).forEach(tag -> query.add(target, tag)));
      }
    }
    for (String count : ListingQuery.COUNTS) {
      range(query, count, count + "From", count + "To", "-");
    }
    range(query, "updated", "updatedFrom", "updatedTo", "..");
    for (String key : List.of("complete", "crossover", "language", "sort", "q", "text")) {
      if ("".equals(query.getFirst(key))) {
        query.remove(key);
      }
    }
    return query;
  }

  /** Two form fields (either may be empty) as one range parameter: "a" + between + "b". */
  private static void range(
      MultiValueMap<String, String> query,
      String name,
      String fromKey,
      String toKey,
      String between) {
    String from = blank(query.remove(fromKey));
    String to = blank(query.remove(toKey));
    if (from != null && to != null) {
      query.set(name, from + between + to);
    } else if (from != null) {
      query.set(name, ">=" + from);
    } else if (to != null) {
      query.set(name, "<=" + to);
    }
  }

  private static String blank(List<String> values) {
    if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }
}

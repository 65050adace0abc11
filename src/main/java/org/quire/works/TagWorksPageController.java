package org.quire.works;

import java.nio.charset.StandardCharsets;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * {@code /tags/{name}/works}: works found under a tag; a synonym's page redirects to its canonical.
 */
@Controller
class TagWorksPageController {
  static final int PER_PAGE = 20;
  private final TagDirectory tags;
  private final WorkFilters filters;
  private final WorkRepository works;

  TagWorksPageController(TagDirectory tags, WorkFilters filters, WorkRepository works) {
    this.tags = tags;
    this.filters = filters;
    this.works = works;
  }

  @GetMapping("/tags/{name}/works")
  String works(
      Viewer viewer,
      @PathVariable String name,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    TagRef tag = tags.find(name).orElseThrow(() -> ApiException.notFound("Tag"));
    TagRef filterTag = tags.filterTag(tag);
    if (filterTag.id() != tag.id()) {
      return "redirect:" + Pages.tagWorks(filterTag.name());
    }
    int current = Math.max(1, page);
    long total = filters.countWorks(tag.id(), !viewer.isGuest());
    var list =
        works.load(
            filters.worksUnder(tag.id(), !viewer.isGuest(), (current - 1) * PER_PAGE, PER_PAGE));
    model.addAttribute("tag", tag);
    model.addAttribute("works", list);
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("first", list.isEmpty() ? 0 : (current - 1) * PER_PAGE + 1);
    model.addAttribute(
        "tagPage", "/tags/" + UriUtils.encodePathSegment(tag.name(), StandardCharsets.UTF_8));
    return "works/tag_works";
  }
}

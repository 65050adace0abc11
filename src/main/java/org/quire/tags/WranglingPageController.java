package org.quire.tags;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A canonical fandom's wrangling bins: the tags writers typed on its works, by type, unwrangled
 * ones first, with mass actions (make canonical, make synonym of, add the fandom as parent).
 */
@Controller
class WranglingPageController {
  static final int BIN_SIZE = 500;
  private final TagService service;
  private final TagRepository tags;
  private final ObjectProvider<TagWorkCounter> works;
  private final ObjectProvider<TagUses> uses;

  WranglingPageController(
      TagService service,
      TagRepository tags,
      ObjectProvider<TagWorkCounter> works,
      ObjectProvider<TagUses> uses) {
    this.service = service;
    this.tags = tags;
    this.works = works;
    this.uses = uses;
  }

  @GetMapping("/tags/{name}/wrangle")
  String bins(
      Viewer viewer,
      @PathVariable String name,
      @RequestParam(defaultValue = "Character") String type,
      @RequestParam(defaultValue = "unwrangled") String status,
      Model model) {
    TagPageController.requireWrangler(viewer);
    Tag fandom = service.get(name);
    TagType binType = binType(type);
    TagWorkCounter counter = works.getObject();
    List<Long> used = counter.tagsUsedUnder(fandom.id(), 50_000);
    model.addAttribute("fandom", fandom);
    model.addAttribute("type", binType);
    String shown = status(status);
    List<Tag> bin =
        tags.ofType(used, binType, shown.equals("unwrangled")).stream().limit(BIN_SIZE).toList();
    model.addAttribute("status", shown);
    model.addAttribute("tags", bin);
    model.addAttribute("uses", uses.getObject().uses(bin.stream().map(Tag::id).toList()));
    return "tags/wrangle";
  }

  @PostMapping("/tags/{name}/wrangle")
  String massAction(
      Viewer viewer,
      @PathVariable String name,
      @RequestParam(defaultValue = "Character") String type,
      @RequestParam(defaultValue = "unwrangled") String status,
      @RequestParam(required = false) @Nullable List<String> selected,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String target,
      RedirectAttributes redirect) {
    TagPageController.requireWrangler(viewer);
    Tag fandom = service.get(name);
    String back =
        "redirect:/tags/"
            + UriUtils.encodePathSegment(fandom.name(), StandardCharsets.UTF_8)
            + "/wrangle?type="
            + binType(type).name()
            + "&status="
            + status(status);
    String problem = null;
    if (selected == null || selected.isEmpty()) {
      problem = "Select the tags to wrangle first.";
    } else if (action.equals("synonym") && target.isBlank()) {
      problem = "Name the canonical tag to make the selected tags synonyms of.";
    }
    if (problem != null) {
      redirect.addFlashAttribute("notice", problem);
      return back;
    }
    List<String> done = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (String tagName : selected) {
      TagPatch patch =
          switch (action) {
            case "canonical" -> new TagPatch(null, true, null, null, null, null, null);
            case "synonym" -> new TagPatch(null, null, target.strip(), null, null, null, null);
            case "parent" ->
                new TagPatch(null, null, null, List.of(fandom.name()), null, null, null);
            default -> null;
          };
      if (patch == null) {
        break;
      }
      try {
        service.wrangle(viewer, tagName, patch);
        done.add(tagName);
      } catch (ApiException e) {
        failed.add(tagName + ": " + e.getMessage());
      }
    }
    redirect.addFlashAttribute(
        "notice",
        done.size()
            + " tag(s) wrangled."
            + (failed.isEmpty() ? "" : " Not changed: " + String.join("; ", failed)));
    return back;
  }

  /** "all" or "unwrangled": a bin shows every tag or only those still to wrangle. */
  private static String status(String status) {
    return status.equals("all") ? "all" : "unwrangled";
  }

  private static TagType binType(String type) {
    for (TagType t : List.of(TagType.Character, TagType.Relationship, TagType.Freeform)) {
      if (t.name().equalsIgnoreCase(type)) {
        return t;
      }
    }
    return TagType.Character;
  }
}

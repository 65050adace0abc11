package org.quire.tags;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** A tag's page and, for wranglers, its edit page. */
@Controller
class TagPageController {
  private final TagService tags;

  TagPageController(TagService tags) {
    this.tags = tags;
  }

  @GetMapping("/tags/{name}")
  String show(Viewer viewer, @PathVariable String name, Model model) {
    Tag tag = tags.get(name);
    model.addAttribute("tag", tags.describe(viewer, tag));
    model.addAttribute("canWrangle", viewer.canWrangle() && !tag.type().fixed());
    return "tags/show";
  }

  @GetMapping("/tags/{name}/edit")
  String edit(Viewer viewer, @PathVariable String name, Model model) {
    requireWrangler(viewer);
    return render(viewer, model, tags.get(name), FormErrors.none());
  }

  @PostMapping("/tags/{name}/edit")
  String update(
      Viewer viewer,
      @PathVariable String name,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "false") boolean canonical,
      @RequestParam(defaultValue = "") String synonymOf,
      @RequestParam(defaultValue = "") String addParents,
      @RequestParam(required = false) List<String> removeParents,
      @RequestParam(defaultValue = "") String addMetaTags,
      @RequestParam(required = false) List<String> removeMetaTags,
      @RequestParam(required = false) List<String> media,
      @RequestParam(defaultValue = "false") boolean mediaShown,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireWrangler(viewer);
    Tag tag = tags.get(name);
    List<String> added = new java.util.ArrayList<>(TagNames.split(addParents));
    List<String> removed =
        new java.util.ArrayList<>(removeParents == null ? List.of() : removeParents);
    if (mediaShown) {
      // The media checkboxes: tick to add the fandom under a medium, untick to take it out.
      List<String> chosen = media == null ? List.of() : media;
      List<String> current = tags.describe(viewer, tag).parents();
      for (String medium : TagType.MEDIA) {
        if (chosen.contains(medium) && !current.contains(medium)) {
          added.add(medium);
        } else if (!chosen.contains(medium) && current.contains(medium)) {
          removed.add(medium);
        }
      }
    }
    TagPatch patch =
        new TagPatch(
            type.isBlank() ? null : type,
            synonymOf.isBlank() ? canonical : null,
            synonymOf.isBlank() ? (tag.synonymOf() == null ? null : "") : synonymOf,
            added,
            removed,
            TagNames.split(addMetaTags),
            removeMetaTags);
    try {
      Tag updated = tags.wrangle(viewer, name, patch);
      redirect.addFlashAttribute("notice", "Tag updated. Works follow within a second.");
      return "redirect:/tags/" + UriUtils.encodePathSegment(updated.name(), StandardCharsets.UTF_8);
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(viewer, model, tag, FormErrors.of(e));
    }
  }

  private String render(Viewer viewer, Model model, Tag tag, FormErrors errors) {
    model.addAttribute("tag", tags.describe(viewer, tag));
    model.addAttribute("errors", errors);
    model.addAttribute("media", TagType.MEDIA);
    return "tags/edit";
  }

  static void requireWrangler(Viewer viewer) {
    if (!viewer.canWrangle()) {
      throw new AccessDeniedException("Tag wranglers only");
    }
  }
}

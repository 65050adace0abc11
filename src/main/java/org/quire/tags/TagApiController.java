package org.quire.tags;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.Validation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tags over JSON: reading, wrangling and autocomplete. Names are percent-encoded in the path. */
@RestController
@RequestMapping("/api/v1")
class TagApiController {
  private final TagService tags;
  private final TagAutocomplete autocomplete;

  TagApiController(TagService tags, TagAutocomplete autocomplete) {
    this.tags = tags;
    this.autocomplete = autocomplete;
  }

  @GetMapping("/tags/{name}")
  TagResponse get(Viewer viewer, @PathVariable String name) {
    return tags.describe(viewer, tags.get(name));
  }

  @PatchMapping("/tags/{name}")
  TagResponse wrangle(Viewer viewer, @PathVariable String name, @RequestBody TagPatch patch) {
    return tags.describe(viewer, tags.wrangle(viewer, name, patch));
  }

  /**
   * Suggestions for a tag field: canonical tags first, by prefix of the name or of a word. {@code
   * type} is a tag type as the API names it (Fandom, Relationship, Character, Freeform...); {@code
   * canonical=true} leaves only canonical tags (the wrangling fields, where only those are valid).
   */
  @GetMapping("/autocomplete/tags")
  List<Suggestion> suggest(
      Viewer viewer,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "false") boolean canonical) {
    TagType wanted = null;
    if (type != null && !type.isBlank()) {
      try {
        wanted = TagType.valueOf(type.strip());
      } catch (IllegalArgumentException e) {
        new Validation()
            .add("type", "must be one of " + List.of(TagType.values()))
            .throwIfInvalid();
      }
    }
    return autocomplete.suggest(q, wanted, TagAutocomplete.MAX_RESULTS, viewer, canonical).stream()
        .map(e -> new Suggestion(e.name(), e.type().name(), e.canonical()))
        .toList();
  }

  record Suggestion(String name, String type, boolean canonical) {}
}

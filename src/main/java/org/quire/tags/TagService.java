package org.quire.tags;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.Validation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tags and wrangling them: canonical status, synonyms, parents and metatags, with AO3's
 * rules. Each change publishes {@link TagsWrangled} so that filter sets follow.
 */
@Service
class TagService {
  private final TagRepository tags;
  private final ObjectProvider<TagWorkCounter> counter;
  private final ApplicationEventPublisher events;
  private final TagAutocomplete autocomplete;

  TagService(
      TagRepository tags,
      ObjectProvider<TagWorkCounter> counter,
      ApplicationEventPublisher events,
      TagAutocomplete autocomplete) {
    this.tags = tags;
    this.counter = counter;
    this.events = events;
    this.autocomplete = autocomplete;
  }

  Tag get(String name) {
    return tags.byName(name).orElseThrow(() -> ApiException.notFound("Tag"));
  }

  TagResponse describe(Viewer viewer, Tag tag) {
    Tag synonymOf = tag.synonymOf() == null ? null : tags.byId(tag.synonymOf()).orElse(null);
    TagWorkCounter works = counter.getIfAvailable();
    long count =
        works == null ? 0 : works.countWorks(synonymOf == null ? tag.id() : synonymOf.id(), viewer);
    return new TagResponse(
        tag.name(),
        tag.type().name(),
        tag.canonical(),
        synonymOf == null ? null : synonymOf.name(),
        names(tags.synonyms(tag.id())),
        names(tags.parents(tag.id())),
        names(tags.children(tag.id())),
        names(tags.metaTags(tag.id())),
        names(tags.subTags(tag.id())),
        count);
  }

  /** Applies a wrangling change: 401/403 for non-wranglers, 422 for a rule broken. */
  @Transactional
  Tag wrangle(Viewer viewer, String name, TagPatch patch) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in as a tag wrangler.");
    }
    if (!viewer.canWrangle()) {
      throw ApiException.forbidden("Only tag wranglers and admins can wrangle tags.");
    }
    Tag tag = get(name);
    Validation v = new Validation();
    if (tag.type().fixed()) {
      v.add("name", "is one of the archive's fixed tags, which cannot be wrangled")
          .throwIfInvalid();
    }
    Set<Long> affected = new HashSet<>();
    affected.add(tag.id());

    if (patch.type() != null && !patch.type().equals(tag.type().name())) {
      TagType type = parseType(v, patch.type());
      boolean unwrangled =
          tag.unwrangled() && !tags.hasRelations(tag.id()) && tags.synonyms(tag.id()).isEmpty();
      v.check(unwrangled, "type", "can change only while the tag is unwrangled");
      v.throwIfInvalid();
      tags.setType(tag.id(), type);
      tag = get(name);
    }

    if (patch.synonymOf() != null) {
      if (patch.synonymOf().isBlank()) {
        tags.setSynonymOf(tag.id(), null);
      } else {
        Tag target = related(v, "synonymOf", patch.synonymOf());
        if (target != null) {
          // A synonym of a synonym points at the canonical tag: chains never form.
          if (target.synonymOf() != null) {
            target = tags.byId(target.synonymOf()).orElseThrow();
          }
          v.check(target.id() != tag.id(), "synonymOf", "cannot be the tag itself");
          v.check(target.canonical(), "synonymOf", "must be a canonical tag");
          v.check(
              target.type() == tag.type(),
              "synonymOf",
              "must be a " + tag.type().label() + " tag like this one");
          v.check(
              !tags.hasRelations(tag.id()),
              "synonymOf",
              "cannot be set while this tag has parents, children, metatags or subtags");
          v.throwIfInvalid();
          tags.moveSynonyms(tag.id(), target.id());
          tags.setSynonymOf(tag.id(), target.id());
          affected.add(target.id());
        }
      }
      tag = get(name);
    }

    if (patch.canonical() != null && patch.canonical() != tag.canonical()) {
      if (patch.canonical()) {
        v.check(
            tag.synonymOf() == null,
            "canonical",
            "a synonym cannot be canonical: remove synonymOf first");
      } else {
        v.check(
            tags.synonyms(tag.id()).isEmpty(),
            "canonical",
            "the tag has synonyms: point them elsewhere first");
        v.check(
            !tags.hasRelations(tag.id()),
            "canonical",
            "the tag has parents, children, metatags or subtags");
      }
      v.throwIfInvalid();
      tags.setCanonical(tag.id(), patch.canonical());
      tag = get(name);
    }

    for (String parentName : list(patch.addParents())) {
      Tag parent = related(v, "addParents", parentName);
      if (parent != null) {
        v.check(
            parent.canonical(), "addParents", "\u201c" + parent.name() + "\u201d is not canonical");
        v.check(
            canParent(parent.type(), tag.type()),
            "addParents",
            "a "
                + parent.type().label()
                + " tag cannot be a parent of a "
                + tag.type().label()
                + " tag");
        if (parent.type() == TagType.Media) {
          v.check(
              tag.canonical(),
              "addParents",
              "only a canonical fandom goes under a medium: make \u201c"
                  + tag.name()
                  + "\u201d canonical first");
        }
        if (!v.hasError("addParents")) {
          tags.addParent(parent.id(), tag.id());
          affected.add(parent.id());
          if (parent.type() == TagType.Media && !parent.name().equals(TagType.UNCATEGORIZED)) {
            // A fandom with a medium is no longer uncategorized.
            long child = tag.id();
            tags.byName(TagType.UNCATEGORIZED).ifPresent(u -> tags.removeParent(u.id(), child));
          }
        }
      }
    }
    for (String parentName : list(patch.removeParents())) {
      Tag parent = related(v, "removeParents", parentName);
      if (parent != null) {
        tags.removeParent(parent.id(), tag.id());
      }
    }
    for (String metaName : list(patch.addMetaTags())) {
      Tag meta = related(v, "addMetaTags", metaName);
      if (meta != null) {
        v.check(tag.canonical(), "addMetaTags", "only canonical tags have metatags");
        v.check(
            meta.canonical(), "addMetaTags", "\u201c" + meta.name() + "\u201d is not canonical");
        v.check(
            meta.type() == tag.type(),
            "addMetaTags",
            "\u201c" + meta.name() + "\u201d is not a " + tag.type().label() + " tag");
        v.check(
            !tags.isMetaAncestor(tag.id(), meta.id()),
            "addMetaTags",
            "\u201c" + meta.name() + "\u201d is already below this tag: that would make a cycle");
        if (!v.hasError("addMetaTags")) {
          tags.addMeta(meta.id(), tag.id());
          affected.add(meta.id());
        }
      }
    }
    for (String metaName : list(patch.removeMetaTags())) {
      Tag meta = related(v, "removeMetaTags", metaName);
      if (meta != null) {
        tags.removeMeta(meta.id(), tag.id());
        affected.add(meta.id());
      }
    }
    v.throwIfInvalid();
    autocomplete.refresh(tag);
    events.publishEvent(new TagsWrangled(affected));
    return get(name);
  }

  /**
   * A medium parents canonical Fandoms; a canonical Fandom parents Characters, Relationships and
   * Additional Tags; a Character, Relationships.
   */
  static boolean canParent(TagType parent, TagType child) {
    return switch (parent) {
      case Media -> child == TagType.Fandom;
      case Fandom ->
          child == TagType.Character || child == TagType.Relationship || child == TagType.Freeform;
      case Character -> child == TagType.Relationship;
      default -> false;
    };
  }

  private @Nullable Tag related(Validation v, String field, @Nullable String name) {
    if (name == null || name.isBlank()) {
      v.add(field, "has an empty tag name");
      return null;
    }
    return tags.byName(name)
        .orElseGet(
            () -> {
              v.add(field, "\u201c" + name + "\u201d is not a tag");
              return null;
            });
  }

  private static TagType parseType(Validation v, String value) {
    for (TagType type : TagType.values()) {
      if (!type.fixed()
          && type.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    v.add("type", "must be one of Fandom, Relationship, Character, Freeform").throwIfInvalid();
    throw new IllegalStateException("unreachable");
  }

  private static List<String> list(@Nullable List<String> names) {
    return names == null ? List.of() : names;
  }

  private static List<String> names(List<Tag> list) {
    return list.stream().map(Tag::name).toList();
  }
}

package org.quire.listings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quire.listings.WorkFinder.Facet;
import org.quire.tags.TagType;

/**
 * The tag groups of the listing sidebar. Each shows the most frequent tags of the result and,
 * always, every tag the reader included or excluded, even when no work of the result carries it (an
 * excluded warning never does): a filter left out of the form would be dropped by the next "Sort
 * and Filter", bringing back the works the reader asked not to see.
 */
record Sidebar(List<Group> groups) {
  static final int SHOWN = 10;
  static final String OTHER = "other";

  /** One type's tags; {@code open} when it is one AO3 opens or it holds an active filter. */
  record Group(String key, String label, boolean open, List<Choice> choices) {}

  /** A tag with its count in the result and whether the reader included or excluded it. */
  record Choice(String tag, long count, boolean included, boolean excluded) {}

  /**
   * @param typeOf the type of a tag named by the reader; empty when no such tag exists
   */
  static Sidebar of(
      ListingQuery query,
      @Nullable Map<String, List<Facet>> facets,
      Function<String, Optional<TagType>> typeOf) {
    Map<String, List<Facet>> all = new LinkedHashMap<>();
    WorkFinder.FACET_NAMES.values().forEach(name -> all.put(name, List.of()));
    if (facets != null) {
      all.putAll(facets);
    }
    all.put(OTHER, List.of());
    Map<String, List<Choice>> chosen = new LinkedHashMap<>();
    all.keySet().forEach(key -> chosen.put(key, new ArrayList<>()));
    List<String> active = new ArrayList<>();
    for (String tag : concat(query.include(), query.exclude())) {
      if (active.stream().noneMatch(tag::equalsIgnoreCase)) {
        active.add(tag);
      }
    }
    for (Map.Entry<String, List<Facet>> facet : all.entrySet()) {
      List<Facet> values = facet.getValue();
      for (Facet value : values.subList(0, Math.min(SHOWN, values.size()))) {
        chosen.get(facet.getKey()).add(choice(query, value.tag(), value.count()));
        active.removeIf(value.tag()::equalsIgnoreCase);
      }
    }
    for (String tag : active) {
      String key =
          typeOf.apply(tag).map(WorkFinder.FACET_NAMES::get).filter(all::containsKey).orElse(OTHER);
      long count =
          all.get(key).stream()
              .filter(f -> f.tag().equalsIgnoreCase(tag))
              .mapToLong(Facet::count)
              .findFirst()
              .orElse(0);
      chosen.get(key).add(choice(query, tag, count));
    }
    List<Group> groups = new ArrayList<>();
    chosen.forEach(
        (key, choices) -> {
          if (!choices.isEmpty()) {
            boolean anyActive = choices.stream().anyMatch(c -> c.included() || c.excluded());
            boolean opened = List.of("rating", "warnings", "fandoms").contains(key);
            groups.add(new Group(key, label(key), opened || anyActive, List.copyOf(choices)));
          }
        });
    return new Sidebar(List.copyOf(groups));
  }

  private static Choice choice(ListingQuery query, String tag, long count) {
    return new Choice(tag, count, query.includes(tag), query.excludes(tag));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  private static String label(String key) {
    return switch (key) {
      case "freeforms" -> "Additional tags";
      case OTHER -> "Other tags";
      default -> key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    };
  }
}

package org.quire.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tag-name suggestions for every tag field, answered from memory: each tag is filed under its whole
 * name and under each word in it, so "lig" finds "Alec Lightwood" as well as "Light Yagami".
 * Canonical tags come first, then shorter names. Loaded at start-up, kept current as tags are
 * created and wrangled.
 */
@Component
class TagAutocomplete {
  static final int MAX_RESULTS = 20;
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  // Unwrangled names are suggested only once a work listed to the caller carries them, so that
  // suggestions never reveal a draft's or a restricted work's tags.
  private static final int CHECKED = 200;
  private final TagRepository tags;
  private final ObjectProvider<TagWorkCounter> works;
  private final NavigableMap<String, Entry> byKey = new ConcurrentSkipListMap<>();
  private final Map<Long, Entry> byId = new ConcurrentHashMap<>();

  TagAutocomplete(TagRepository tags, ObjectProvider<TagWorkCounter> works) {
    this.tags = tags;
    this.works = works;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    tags.all().forEach(this::refresh);
  }

  /** Files (or re-files) a tag after it was created or wrangled. */
  void refresh(Tag tag) {
    Entry old = byId.remove(tag.id());
    if (old != null) {
      keys(old).forEach(byKey::remove);
    }
    Entry entry =
        new Entry(tag.id(), tag.name(), tag.type(), tag.canonical(), tag.synonymOf() != null);
    byId.put(tag.id(), entry);
    keys(entry).forEach(k -> byKey.put(k, entry));
  }

  /**
   * Up to {@code limit} tags whose name or a word of it starts with {@code prefix}: canonical ones,
   * and (unless {@code canonicalOnly}) others carried by a work listed to the viewer.
   */
  List<Entry> suggest(
      String prefix, @Nullable TagType type, int limit, Viewer viewer, boolean canonicalOnly) {
    List<Entry> ranked = ranked(prefix, type);
    if (canonicalOnly) {
      return ranked.stream().filter(Entry::canonical).limit(limit).toList();
    }
    List<Long> unwrangled =
        ranked.stream().filter(e -> !e.canonical()).limit(CHECKED).map(Entry::id).toList();
    Set<Long> used = works.getObject().usedOnPostedWorks(unwrangled, viewer);
    return ranked.stream()
        .filter(e -> e.canonical() || used.contains(e.id()))
        .limit(limit)
        .toList();
  }

  private List<Entry> ranked(String prefix, @Nullable TagType type) {
    String p = normalize(prefix);
    if (p.isEmpty()) {
      return List.of();
    }
    Map<Long, Entry> found = new LinkedHashMap<>();
    int scanned = 0;
    for (Entry e : byKey.subMap(p, true, p + Character.MAX_VALUE, false).values()) {
      if ((type == null || e.type() == type) && !e.synonym()) {
        found.putIfAbsent(e.id(), e);
      }
      // Bounded scan: a one-letter prefix over 100,000 tags still answers in microseconds.
      if (++scanned > 5_000) {
        break;
      }
    }
    List<Entry> result = new ArrayList<>(found.values());
    result.sort(
        Comparator.comparing((Entry e) -> !e.canonical())
            .thenComparing(e -> !normalize(e.name()).startsWith(p))
            .thenComparingInt(e -> e.name().length())
            .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
    return result;
  }

  private static List<String> keys(Entry e) {
    List<String> keys = new ArrayList<>();
    String name = normalize(e.name());
    keys.add(name + "\u0000" + e.id());
    NON_WORD
        .splitAsStream(name)
        .filter(word -> !word.isEmpty() && !name.startsWith(word))
        .forEach(word -> keys.add(word + "\u0000" + e.id()));
    return keys;
  }

  private static String normalize(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** A suggestion. */
  record Entry(long id, String name, TagType type, boolean canonical, boolean synonym) {}
}

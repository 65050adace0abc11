package org.quire.tags;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds tags by name, creating the ones writers type for the first time (unwrangled, of the type of
 * the field they were typed in). Tag names are unique ignoring case across types: a name already
 * used by a tag of another type gets the type in brackets, as in "Supernatural (Additional Tags)".
 */
@Service
public class TagDirectory {
  private final JdbcClient jdbc;
  private final TagAutocomplete autocomplete;
  // Listings resolve names and name facets on every request. Wrangling empties both caches after
  // its commit; the short expiry bounds what a read racing that commit could leave behind.
  private final Cache<String, TagRef> filterTags =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofSeconds(5)).build();
  // Naming a broad listing's facets looks up thousands of ids. A plain map is read without
  // writing, where an LRU cache records every read; on two busy cores those writes into old
  // objects came back as young-GC pause time in the listings' tail. Emptied when it outgrows its
  // bound, on wrangling, and every ten minutes (renames).
  private final Map<Long, TagRef> byId = new ConcurrentHashMap<>();
  private volatile long byIdSince = System.nanoTime();
  private static final int BY_ID_LIMIT = 500_000;
  private static final long BY_ID_NANOS = Duration.ofMinutes(10).toNanos();

  TagDirectory(JdbcClient jdbc, TagAutocomplete autocomplete) {
    this.jdbc = jdbc;
    this.autocomplete = autocomplete;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(TagsWrangled event) {
    filterTags.invalidateAll();
    byId.clear();
  }

  /** The tag of this name (any case, {@linkplain TagNames#normalize normalized}), if it exists. */
  public java.util.Optional<TagRef> find(String name) {
    return jdbc.sql("select id, name, type from tags where lower(name) = lower(?)")
        .param(TagNames.normalize(name))
        .query(
            (rs, n) -> new TagRef(rs.getLong(1), rs.getString(2), TagType.valueOf(rs.getString(3))))
        .optional();
  }

  /**
   * The tag works are filtered by for this name: its canonical tag when it is a synonym, else the
   * tag itself. One query, as listings resolve every included and excluded tag this way.
   */
  public java.util.Optional<TagRef> filterTagOf(String name) {
    String key = TagNames.normalize(name).toLowerCase(Locale.ROOT);
    TagRef cached = filterTags.getIfPresent(key);
    if (cached != null) {
      return java.util.Optional.of(cached);
    }
    java.util.Optional<TagRef> found = loadFilterTag(name);
    found.ifPresent(tag -> filterTags.put(key, tag));
    return found;
  }

  private java.util.Optional<TagRef> loadFilterTag(String name) {
    return jdbc.sql(
            "select c.id, c.name, c.type from tags t join tags c on c.id = coalesce(t.synonym_of, t.id)"
                + " where lower(t.name) = lower(?)")
        .param(TagNames.normalize(name))
        .query(
            (rs, n) -> new TagRef(rs.getLong(1), rs.getString(2), TagType.valueOf(rs.getString(3))))
        .optional();
  }

  /**
   * The tags for {@code names} typed in a field of {@code type}, in order, without duplicates.
   * Fixed types (ratings, warnings, categories) only match their seeded tags; unknown names are
   * skipped there (the caller validates them first). Names are {@linkplain TagNames#normalize
   * normalized} first, so the unique index on lower(name) sees one spelling per tag.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<TagRef> resolve(TagType type, Collection<String> names) {
    Map<String, TagRef> result = new LinkedHashMap<>();
    for (String raw : names) {
      String name = TagNames.normalize(raw);
      if (name.isEmpty() || result.containsKey(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      TagRef tag = type.fixed() ? findFixed(type, name) : findOrCreate(type, name);
      if (tag != null) {
        result.put(name.toLowerCase(Locale.ROOT), tag);
      }
    }
    // Two names Java tells apart may still be one tag to the database's lower(), which decides.
    return new ArrayList<>(
        result.values().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    TagRef::id, t -> t, (a, b) -> a, LinkedHashMap::new))
            .values());
  }

  private volatile @org.jspecify.annotations.Nullable List<TagRef> fixed;

  /** The seeded ratings, warnings and categories: a fixed set, read once. */
  public List<TagRef> fixedTags() {
    List<TagRef> known = fixed;
    if (known == null) {
      known =
          jdbc.sql(
                  "select id, name, type from tags"
                      + " where type in ('Rating', 'ArchiveWarning', 'Category') order by id")
              .query(
                  (rs, n) ->
                      new TagRef(rs.getLong(1), rs.getString(2), TagType.valueOf(rs.getString(3))))
              .list();
      fixed = known;
    }
    return known;
  }

  /** Tags by id, for showing works and naming facets (from memory where possible). */
  public Map<Long, TagRef> byIds(Collection<Long> ids) {
    long now = System.nanoTime();
    if (now - byIdSince > BY_ID_NANOS || byId.size() > BY_ID_LIMIT) {
      byId.clear();
      byIdSince = now;
    }
    Map<Long, TagRef> map = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      TagRef tag = byId.get(id);
      if (tag != null) {
        map.put(id, tag);
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return map;
    }
    jdbc.sql("select id, name, type from tags where id = any(?)")
        .param(missing.toArray(Long[]::new))
        .query(
            (rs, n) -> new TagRef(rs.getLong(1), rs.getString(2), TagType.valueOf(rs.getString(3))))
        .list()
        .forEach(
            t -> {
              map.put(t.id(), t);
              byId.put(t.id(), t);
            });
    return map;
  }

  private @org.jspecify.annotations.Nullable TagRef findFixed(TagType type, String name) {
    return jdbc.sql("select id, name from tags where lower(name) = lower(?) and type = ?")
        .params(name, type.name())
        .query((rs, n) -> new TagRef(rs.getLong(1), rs.getString(2), type))
        .optional()
        .orElse(null);
  }

  /**
   * Race-free find-or-create. The insert and the read must be two statements: a single statement
   * (insert … on conflict do nothing, union the select) reads with a snapshot taken before a
   * concurrent post committed the same new name, so it finds no row at all. After "do nothing" the
   * conflicting row is committed (the insert waits for it), and the next statement sees it.
   */
  private TagRef findOrCreate(TagType type, String name) {
    String candidate = name;
    for (int attempt = 0; attempt < 4; attempt++) {
      java.util.Optional<TagRef> inserted =
          jdbc.sql(
                  "insert into tags (name, type) values (?, ?)"
                      + " on conflict (lower(name)) do nothing returning id, name, type")
              .params(candidate, type.name())
              .query(TagDirectory::row)
              .optional();
      if (inserted.isPresent()) {
        TagRef tag = inserted.get();
        autocomplete.refresh(new Tag(tag.id(), tag.name(), type, false, null));
        return tag;
      }
      // Matched by the same expression as the unique index, so this finds the row that clashed
      // (unless it was renamed or deleted meanwhile: then the next attempt inserts again).
      java.util.Optional<TagRef> existing =
          jdbc.sql("select id, name, type from tags where lower(name) = lower(?)")
              .param(candidate)
              .query(TagDirectory::row)
              .optional();
      if (existing.isEmpty()) {
        continue;
      }
      if (existing.get().type() == type) {
        return existing.get();
      }
      candidate = name + " (" + type.label() + ")";
    }
    throw new IllegalStateException("Tag name clash for " + name);
  }

  private static TagRef row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new TagRef(rs.getLong(1), rs.getString(2), TagType.valueOf(rs.getString(3)));
  }
}

package org.quire.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Answers listings: resolves a query's names (tags to the tags works are filtered by, the creator
 * to an account, the reader to what they may see), asks the search index, or the SQL listing while
 * the index cannot answer, and loads the page's works from the reading cache.
 */
@Service
class WorkFinder {
  static final Map<TagType, String> FACET_NAMES = facetNames();

  private final TagDirectory tags;
  private final AccountDirectory accounts;
  private final WorkListing sql;
  private final ObjectProvider<WorkIndex> index;
  private final WorkService works;
  private final ObjectProvider<ReaderExclusions> exclusions;
  private final ObjectProvider<ReadingProgress> reading;

  WorkFinder(
      TagDirectory tags,
      AccountDirectory accounts,
      WorkListing sql,
      ObjectProvider<WorkIndex> index,
      WorkService works,
      ObjectProvider<ReaderExclusions> exclusions,
      ObjectProvider<ReadingProgress> reading) {
    this.exclusions = exclusions;
    this.reading = reading;
    this.tags = tags;
    this.accounts = accounts;
    this.sql = sql;
    this.index = index;
    this.works = works;
  }

  /**
   * A page of works, the total and, when asked, facets by type name. A signed-in reader's muted
   * tags and creators are left out, and the result says how many works they hid.
   */
  Result find(Viewer viewer, ListingQuery query) {
    Optional<IndexQuery> resolved = resolve(viewer, query);
    if (resolved.isEmpty()) {
      return new Result(List.of(), 0, query.facets() ? facets(Map.of()) : null, 0);
    }
    IndexQuery unmuted = resolved.get();
    IndexQuery muted = withMutes(viewer, unmuted);
    IndexHits hits = hits(muted);
    long hidden = 0;
    if (muted != unmuted) {
      hidden = hits(withPage(unmuted)).total() - hits.total();
    }
    return new Result(
        works.cached(hits.workIds()),
        hits.total(),
        hits.tagCounts() == null ? null : facets(hits.tagCounts()),
        hidden);
  }

  /** The signed-in reader's progress in these works, for their blurbs. */
  Map<Long, ReadingProgress.Progress> progress(Viewer viewer, List<Work> shown) {
    ReadingProgress progress = reading.getIfAvailable();
    if (viewer.isGuest() || progress == null || shown.isEmpty()) {
      return Map.of();
    }
    return progress.of(viewer.accountId(), shown.stream().map(Work::id).toList());
  }

  private IndexQuery withMutes(Viewer viewer, IndexQuery query) {
    ReaderExclusions mutes = exclusions.getIfAvailable();
    if (viewer.isGuest() || mutes == null) {
      return query;
    }
    List<Long> tags = mutes.mutedTagIds(viewer.accountId());
    List<Long> creators = mutes.mutedAccountIds(viewer.accountId());
    if (tags.isEmpty() && creators.isEmpty()) {
      return query;
    }
    List<Long> excluded = new ArrayList<>(query.excludedTagIds());
    excluded.addAll(tags);
    return new IndexQuery(
        query.listing(),
        query.requiredTagIds(),
        List.copyOf(excluded),
        query.creatorAccountId(),
        List.copyOf(creators),
        query.includeRestricted());
  }

  /** The same query counting only: one result, no facets. */
  private static IndexQuery withPage(IndexQuery query) {
    ListingQuery q = query.listing();
    ListingQuery countOnly =
        new ListingQuery(
            q.tag(),
            q.creator(),
            q.include(),
            q.exclude(),
            q.rating(),
            q.complete(),
            q.crossover(),
            q.language(),
            q.words(),
            q.kudos(),
            q.hits(),
            q.updated(),
            q.q(),
            q.text(),
            q.sort(),
            q.ascending(),
            1,
            1,
            false);
    return new IndexQuery(
        countOnly,
        query.requiredTagIds(),
        query.excludedTagIds(),
        query.creatorAccountId(),
        query.excludedCreatorIds(),
        query.includeRestricted());
  }

  private IndexHits hits(IndexQuery query) {
    WorkIndex engine = index.getIfAvailable();
    Optional<IndexHits> fromIndex = engine == null ? Optional.empty() : engine.find(query);
    return fromIndex.orElseGet(() -> sql.find(query));
  }

  /** Names to ids; empty when a required tag or the creator does not exist (nothing can match). */
  Optional<IndexQuery> resolve(Viewer viewer, ListingQuery q) {
    List<String> required = new ArrayList<>(q.include());
    if (q.tag() != null) {
      required.add(q.tag());
    }
    if (q.rating() != null) {
      required.add(q.rating());
    }
    List<Long> requiredIds = new ArrayList<>();
    for (String name : required) {
      Optional<TagRef> tag = tags.filterTagOf(name);
      if (tag.isEmpty()) {
        return Optional.empty();
      }
      requiredIds.add(tag.get().id());
    }
    List<Long> excludedIds = new ArrayList<>();
    for (String name : q.exclude()) {
      tags.filterTagOf(name).ifPresent(t -> excludedIds.add(t.id()));
    }
    Long creator = null;
    if (q.creator() != null) {
      Optional<Long> account = accounts.accountIdOf(q.creator());
      if (account.isEmpty()) {
        return Optional.empty();
      }
      creator = account.get();
    }
    return Optional.of(
        new IndexQuery(
            q,
            List.copyOf(requiredIds),
            List.copyOf(excludedIds),
            creator,
            List.of(),
            !viewer.isGuest()));
  }

  /**
   * The most frequent tags of each type, with exact counts. A listing of a large archive carries
   * tens of thousands of freeforms; all of them would make every facets answer megabytes long, and
   * AO3's sidebar shows ten.
   */
  static final int FACETS_PER_TYPE = 100;

  private Map<String, List<Facet>> facets(Map<Long, Long> counts) {
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    FACET_NAMES.values().forEach(name -> facets.put(name, new ArrayList<>()));
    // The fixed types are a handful of seeded tags, named directly.
    Set<Long> fixedIds = new HashSet<>();
    for (TagRef tag : tags.fixedTags()) {
      fixedIds.add(tag.id());
      Long count = counts.get(tag.id());
      if (count != null) {
        facets.get(FACET_NAMES.get(tag.type())).add(new Facet(tag.name(), count));
      }
    }
    // The others, most frequent first, named a batch at a time until every type has its share:
    // a broad listing counts tens of thousands of tags, and naming them all cost more than the
    // search.
    long[] byCount = new long[counts.size()];
    long[] ids = new long[counts.size()];
    int n = 0;
    for (Map.Entry<Long, Long> entry : counts.entrySet()) {
      if (!fixedIds.contains(entry.getKey())) {
        ids[n] = entry.getKey();
        byCount[n] = (entry.getValue() << 32) | n;
        n++;
      }
    }
    Arrays.sort(byCount, 0, n);
    List<String> open =
        FACET_NAMES.entrySet().stream()
            .filter(e -> !e.getKey().fixed())
            .map(Map.Entry::getValue)
            .toList();
    for (int end = n; end > 0; ) {
      int from = Math.max(0, end - NAMING_BATCH);
      List<Long> batch = new ArrayList<>(end - from);
      for (int i = end - 1; i >= from; i--) {
        batch.add(ids[(int) byCount[i]]);
      }
      Map<Long, TagRef> named = tags.byIds(batch);
      for (int i = end - 1; i >= from; i--) {
        TagRef tag = named.get(ids[(int) byCount[i]]);
        if (tag != null) {
          facets.get(FACET_NAMES.get(tag.type())).add(new Facet(tag.name(), byCount[i] >>> 32));
        }
      }
      end = from;
      long next = end > 0 ? byCount[end - 1] >>> 32 : -1;
      if (open.stream().allMatch(type -> complete(facets.get(type), next))) {
        break;
      }
    }
    facets.replaceAll((name, list) -> mostFrequent(list));
    return facets;
  }

  private static final int NAMING_BATCH = 1_000;

  /** Whether no tag still to come (the next has {@code next} works) could enter this type's top. */
  private static boolean complete(List<Facet> found, long next) {
    return found.size() >= FACETS_PER_TYPE && next < found.get(FACETS_PER_TYPE - 1).count();
  }

  /**
   * The {@link #FACETS_PER_TYPE} most frequent, ties by name. Only the values at or above the count
   * of the last one shown are sorted: a broad listing has tens of thousands.
   */
  private static List<Facet> mostFrequent(List<Facet> all) {
    List<Facet> candidates = all;
    if (all.size() > FACETS_PER_TYPE) {
      long[] counts = all.stream().mapToLong(Facet::count).sorted().toArray();
      long threshold = counts[counts.length - FACETS_PER_TYPE];
      candidates = all.stream().filter(f -> f.count() >= threshold).toList();
    }
    return candidates.stream()
        .sorted(
            Comparator.comparingLong(Facet::count)
                .reversed()
                .thenComparing(Facet::tag, String.CASE_INSENSITIVE_ORDER))
        .limit(FACETS_PER_TYPE)
        .toList();
  }

  private static Map<TagType, String> facetNames() {
    Map<TagType, String> names = new LinkedHashMap<>();
    names.put(TagType.Rating, "rating");
    names.put(TagType.ArchiveWarning, "warnings");
    names.put(TagType.Category, "categories");
    names.put(TagType.Fandom, "fandoms");
    names.put(TagType.Relationship, "relationships");
    names.put(TagType.Character, "characters");
    names.put(TagType.Freeform, "freeforms");
    return names;
  }

  /** A facet value: a tag and how many of the filtered works carry it. */
  record Facet(String tag, long count) {}

  /**
   * A page of works.
   *
   * @param hidden how many more works there would be without the reader's mutes
   */
  record Result(
      List<Work> works, long total, @Nullable Map<String, List<Facet>> facets, long hidden) {}
}

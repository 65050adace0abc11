package org.quire.listings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.Audience;
import org.quire.works.WorkCard;
import org.quire.works.WorkCards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Answers listings: resolves a query's names (tags to the tags works are filtered by, the creator
 * to an account, the reader to their {@link Audience}), asks the search index, or the SQL listing
 * while the index cannot answer, and loads the page's works as cards from the works module.
 */
@Service
class WorkFinder {
  static final Map<TagType, String> FACET_NAMES = facetNames();

  private final TagDirectory tags;
  private final FacetNaming facetNaming;
  private final AccountDirectory accounts;
  private final WorkListing sql;
  private final ObjectProvider<WorkIndex> index;
  private final WorkCards works;
  private final ObjectProvider<ReaderExclusions> exclusions;
  private final ObjectProvider<ReadingProgress> reading;

  WorkFinder(
      TagDirectory tags,
      AccountDirectory accounts,
      WorkListing sql,
      ObjectProvider<WorkIndex> index,
      WorkCards works,
      ObjectProvider<ReaderExclusions> exclusions,
      ObjectProvider<ReadingProgress> reading) {
    this.exclusions = exclusions;
    this.reading = reading;
    this.tags = tags;
    this.facetNaming = new FacetNaming(tags);
    this.accounts = accounts;
    this.sql = sql;
    this.index = index;
    this.works = works;
  }

  /**
   * A page of the works listed to this audience, the total and, when asked, facets by type name. A
   * signed-in reader's muted tags and creators are left out, and the result says how many works
   * they hid.
   */
  Result find(Audience audience, ListingQuery query) {
    Optional<IndexQuery> resolved = resolve(audience, query);
    if (resolved.isEmpty()) {
      return new Result(List.of(), 0, query.facets() ? facetNaming.name(TagCounts.EMPTY) : null, 0);
    }
    IndexQuery unmuted = resolved.get();
    IndexQuery muted = withMutes(audience, unmuted);
    IndexHits hits = hits(muted);
    long hidden = 0;
    if (muted != unmuted) {
      hidden = hits(withPage(unmuted)).total() - hits.total();
    }
    return new Result(works.listed(audience, hits.workIds()), hits.total(), named(hits), hidden);
  }

  private @Nullable Map<String, List<Facet>> named(IndexHits hits) {
    TagCounts counts = hits.tagCounts();
    if (counts == null) {
      return null;
    }
    try {
      return facetNaming.name(counts);
    } finally {
      counts.release();
    }
  }

  /** The signed-in reader's progress in these works, for their blurbs. */
  Map<Long, ReadingProgress.Progress> progress(Audience reader, List<WorkCard> shown) {
    ReadingProgress progress = reading.getIfAvailable();
    Long accountId = reader.accountId();
    if (accountId == null || progress == null || shown.isEmpty()) {
      return Map.of();
    }
    return progress.of(accountId, shown.stream().map(WorkCard::id).toList());
  }

  private IndexQuery withMutes(Audience audience, IndexQuery query) {
    ReaderExclusions mutes = exclusions.getIfAvailable();
    Long accountId = audience.accountId();
    if (accountId == null || mutes == null) {
      return query;
    }
    List<Long> tags = mutes.mutedTagIds(accountId);
    List<Long> creators = mutes.mutedAccountIds(accountId);
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
        query.audience());
  }

  /** The same query counting only: one result, no facets. */
  private static IndexQuery withPage(IndexQuery query) {
    ListingQuery countOnly = query.listing().countOnly();
    return new IndexQuery(
        countOnly,
        query.requiredTagIds(),
        query.excludedTagIds(),
        query.creatorAccountId(),
        query.excludedCreatorIds(),
        query.audience());
  }

  private IndexHits hits(IndexQuery query) {
    WorkIndex engine = index.getIfAvailable();
    Optional<IndexHits> fromIndex = engine == null ? Optional.empty() : engine.find(query);
    return fromIndex.orElseGet(() -> sql.find(query));
  }

  /** Names to ids; empty when a required tag or the creator does not exist (nothing can match). */
  Optional<IndexQuery> resolve(Audience audience, ListingQuery q) {
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
            q, List.copyOf(requiredIds), List.copyOf(excludedIds), creator, List.of(), audience));
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
      List<WorkCard> works, long total, @Nullable Map<String, List<Facet>> facets, long hidden) {}
}

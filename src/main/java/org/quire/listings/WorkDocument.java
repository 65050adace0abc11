package org.quire.listings;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagRef;
import org.quire.works.Audience;

/**
 * What a search index needs of one posted work but its chapter text ({@link WorkDocuments#texts}):
 * the searchable metadata, the filter set, and every value listings filter or sort on. Built by
 * {@link WorkDocuments}; drafts never have one. An index stores its {@link Audience#reach} and
 * filters by the listing's {@link Audience}.
 *
 * @param creators the credited pseuds' names, in byline order
 * @param creatorAccountIds the accounts behind those pseuds (the {@code creator} filter, muting)
 * @param creatorUsernames those accounts' usernames, searched as creators too (AO3's bylines name
 *     both)
 * @param tags the work's own tags as typed plus every tag of its filter set, for text search
 * @param filterTagIds the filter set: what {@code tag}, {@code include} and {@code exclude} match
 * @param crossover whether the work has more than one fandom once synonyms are merged
 */
public record WorkDocument(
    long id,
    String title,
    String summary,
    String notes,
    String language,
    boolean restricted,
    boolean complete,
    boolean crossover,
    int wordCount,
    int chapterCount,
    Instant publishedAt,
    Instant updatedAt,
    Counts counts,
    List<String> creators,
    List<Long> creatorAccountIds,
    List<String> creatorUsernames,
    List<TagRef> tags,
    List<Long> filterTagIds)
    implements Audience.Subject {

  /** Only posted works have a document. */
  @Override
  public boolean posted() {
    return true;
  }

  /** Creators' own view never comes from an index: listings show no drafts. */
  @Override
  public boolean createdBy(@Nullable Long accountId) {
    return false;
  }

  /** The counters readers change all the time; an index updates them in place. */
  public record Counts(long hits, int kudos, int comments, int bookmarks) {}
}

package org.quire.works;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagType;

/** A work in the API: the contract's fields, tags by name as the creator typed them. */
public record WorkResponse(
    long id,
    String title,
    String summary,
    String notes,
    String endNotes,
    String rating,
    List<String> warnings,
    List<String> categories,
    List<String> fandoms,
    List<String> relationships,
    List<String> characters,
    List<String> freeforms,
    String language,
    boolean restricted,
    String commentPolicy,
    @Nullable Integer expectedChapters,
    boolean draft,
    List<String> creators,
    int wordCount,
    int chapterCount,
    boolean complete,
    @Nullable Instant publishedAt,
    Instant updatedAt,
    Stats stats,
    List<ChapterSummary> chapters) {

  /** Counters. */
  public record Stats(long hits, int kudos, int comments, int bookmarks) {}

  /** A chapter without its text. */
  public record ChapterSummary(long id, int position, String title, int wordCount) {}

  static WorkResponse of(Work w) {
    return of(WorkCard.of(w));
  }

  /** A listed work in the API's shape. */
  public static WorkResponse of(WorkCard w) {
    return new WorkResponse(
        w.id(),
        w.title(),
        w.summary(),
        w.notes(),
        w.endNotes(),
        w.rating(),
        w.tagNames(TagType.ArchiveWarning),
        w.tagNames(TagType.Category),
        w.tagNames(TagType.Fandom),
        w.tagNames(TagType.Relationship),
        w.tagNames(TagType.Character),
        w.tagNames(TagType.Freeform),
        w.language(),
        w.restricted(),
        w.commentPolicy(),
        w.expectedChapters(),
        !w.posted(),
        w.creatorNames(),
        w.wordCount(),
        w.chapterCount(),
        w.complete(),
        w.publishedAt(),
        w.updatedAt(),
        new Stats(w.stats().hits(), w.stats().kudos(), w.stats().comments(), w.stats().bookmarks()),
        w.chapters().stream()
            .map(c -> new ChapterSummary(c.id(), c.position(), c.title(), c.wordCount()))
            .toList());
  }
}

package org.quire.works;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.PseudRef;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;

/**
 * A work as a listing shows it (a blurb, an API list item, a feed entry): every field but the
 * chapters' text. Handed out by {@link WorkCards} only for works the asking audience may see in a
 * listing. Summary and notes are sanitized HTML.
 *
 * @param posted false for a draft (listed only on its creator's own works page)
 * @param version bumped by every change to the work or its chapters; caches key on it
 * @param creators the credited pseuds, in byline order
 * @param tags the work's tags in the order typed
 */
public record WorkCard(
    long id,
    String title,
    String summary,
    String notes,
    String endNotes,
    String language,
    boolean restricted,
    String commentPolicy,
    @Nullable Integer expectedChapters,
    boolean posted,
    int wordCount,
    int chapterCount,
    @Nullable Instant publishedAt,
    Instant updatedAt,
    long version,
    Stats stats,
    List<PseudRef> creators,
    List<TagRef> tags,
    List<ChapterEntry> chapters) {

  /** Counters shown on blurbs. */
  public record Stats(long hits, int kudos, int comments, int bookmarks) {}

  /** A chapter without its text. */
  public record ChapterEntry(
      long id, int position, String title, int wordCount, LocalDate publishedOn) {}

  static WorkCard of(Work w) {
    return new WorkCard(
        w.id(),
        w.title(),
        w.summary(),
        w.notes(),
        w.endNotes(),
        w.language(),
        w.restricted(),
        w.commentPolicy(),
        w.expectedChapters(),
        w.posted(),
        w.wordCount(),
        w.chapterCount(),
        w.publishedAt(),
        w.updatedAt(),
        w.version(),
        new Stats(w.stats().hits(), w.stats().kudos(), w.stats().comments(), w.stats().bookmarks()),
        w.creators(),
        w.tags(),
        w.chapters().stream()
            .map(
                c ->
                    new ChapterEntry(
                        c.id(), c.position(), c.title(), c.wordCount(), c.publishedOn()))
            .toList());
  }

  /** Complete when the expected number of chapters is posted. */
  public boolean complete() {
    return expectedChapters != null && expectedChapters == chapterCount;
  }

  /** AO3's "2/?" or "2/3". */
  public String chapterProgress() {
    return chapterCount + "/" + (expectedChapters == null ? "?" : expectedChapters.toString());
  }

  /** The names of this work's tags of one type, in the order typed. */
  public List<String> tagNames(TagType type) {
    return tags.stream().filter(t -> t.type() == type).map(TagRef::name).toList();
  }

  /** This work's tags of one type, in the order typed. */
  public List<TagRef> tagsOf(TagType type) {
    return tags.stream().filter(t -> t.type() == type).toList();
  }

  /** The rating ("Not Rated" when none is recorded). */
  public String rating() {
    List<String> ratings = tagNames(TagType.Rating);
    return ratings.isEmpty() ? "Not Rated" : ratings.get(0);
  }

  /** The credited pseuds' names, in byline order. */
  public List<String> creatorNames() {
    return creators.stream().map(PseudRef::name).toList();
  }
}

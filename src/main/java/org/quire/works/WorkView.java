package org.quire.works;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;

/**
 * A posted work as other modules may show it (downloads, feeds): every field of the work page, tags
 * in the order the creator typed them, creators' pseud names and the chapter list without text.
 * Only {@link WorkReader} hands these out, and only for works the viewer may read. Summary and
 * notes are sanitized HTML.
 *
 * @param version bumped by every change to the work or its chapters; caches key on it
 */
public record WorkView(
    long id,
    String title,
    String summary,
    String notes,
    String endNotes,
    String language,
    String languageName,
    boolean restricted,
    @Nullable Integer expectedChapters,
    int wordCount,
    int chapterCount,
    boolean complete,
    @Nullable Instant publishedAt,
    Instant updatedAt,
    long version,
    Stats stats,
    List<String> creators,
    List<TagRef> tags,
    List<ChapterEntry> chapters) {

  /** Counters as the work page shows them. */
  public record Stats(long hits, int kudos, int comments, int bookmarks) {}

  /** A chapter without its text. */
  public record ChapterEntry(int position, String title, int wordCount, LocalDate publishedOn) {
    /** "Chapter 2: The Storm" or "Chapter 2". */
    public String heading() {
      return title.isBlank() ? "Chapter " + position : "Chapter " + position + ": " + title;
    }
  }

  static WorkView of(Work w) {
    return of(WorkCard.of(w));
  }

  /** A listed work as feeds show it. */
  public static WorkView of(WorkCard w) {
    return new WorkView(
        w.id(),
        w.title(),
        w.summary(),
        w.notes(),
        w.endNotes(),
        w.language(),
        Languages.name(w.language()),
        w.restricted(),
        w.expectedChapters(),
        w.wordCount(),
        w.chapterCount(),
        w.complete(),
        w.publishedAt(),
        w.updatedAt(),
        w.version(),
        new Stats(w.stats().hits(), w.stats().kudos(), w.stats().comments(), w.stats().bookmarks()),
        w.creatorNames(),
        w.tags(),
        w.chapters().stream()
            .map(c -> new ChapterEntry(c.position(), c.title(), c.wordCount(), c.publishedOn()))
            .toList());
  }

  /** The names of this work's tags of one type, in the order typed. */
  public List<String> tags(TagType type) {
    return tags.stream().filter(t -> t.type() == type).map(TagRef::name).toList();
  }

  /** The rating ("Not Rated" when none is recorded). */
  public String rating() {
    List<String> ratings = tags(TagType.Rating);
    return ratings.isEmpty() ? "Not Rated" : ratings.get(0);
  }

  /** Not Rated, Mature and Explicit works are behind the adult-content warning. */
  public boolean adult() {
    String rating = rating();
    return rating.equals("Not Rated") || rating.equals("Mature") || rating.equals("Explicit");
  }

  /** AO3's "2/?" or "2/3". */
  public String chapterProgress() {
    return chapterCount + "/" + (expectedChapters == null ? "?" : expectedChapters.toString());
  }
}

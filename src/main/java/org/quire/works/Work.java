package org.quire.works;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.PseudRef;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;

/** A work as loaded for showing: its row, creators, tags in the order typed, and chapter list. */
record Work(
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
    List<ChapterInfo> chapters)
    implements Audience.Subject {

  /** Counters shown on blurbs and the work page. */
  record Stats(long hits, int kudos, int comments, int bookmarks) {}

  /** A chapter without its text. */
  record ChapterInfo(long id, int position, String title, int wordCount, LocalDate publishedOn) {
    /** "Chapter 2: The Storm" or "Chapter 2". */
    String heading() {
      return title.isBlank() ? "Chapter " + position : "Chapter " + position + ": " + title;
    }
  }

  boolean complete() {
    return expectedChapters != null && expectedChapters == chapterCount;
  }

  /** AO3's "2/?" or "2/3". */
  String chapterProgress() {
    return chapterCount + "/" + (expectedChapters == null ? "?" : expectedChapters.toString());
  }

  List<String> tagNames(TagType type) {
    return tags.stream().filter(t -> t.type() == type).map(TagRef::name).toList();
  }

  List<TagRef> tagsOf(TagType type) {
    return tags.stream().filter(t -> t.type() == type).toList();
  }

  String rating() {
    List<String> ratings = tagNames(TagType.Rating);
    return ratings.isEmpty() ? "Not Rated" : ratings.get(0);
  }

  /** Not Rated, Mature and Explicit works are behind the adult-content warning. */
  boolean adult() {
    String rating = rating();
    return rating.equals("Not Rated") || rating.equals("Mature") || rating.equals("Explicit");
  }

  @Override
  public boolean createdBy(@Nullable Long accountId) {
    return accountId != null && creators.stream().anyMatch(p -> p.accountId() == accountId);
  }

  List<String> creatorNames() {
    return creators.stream().map(PseudRef::name).toList();
  }
}

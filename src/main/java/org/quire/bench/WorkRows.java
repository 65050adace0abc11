package org.quire.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of works by COPY as posting writes them: the works row (version 3 when posted, 2
 * for a draft, as insert, totals and posting each bump it; {@code published_at} noon UTC of the
 * first chapter's day, as a backdated post gets), creators and tags in the positions posting gives
 * them (rating, warnings, categories, fandoms, relationships, characters, additional tags, from 0),
 * chapters with their text and word counts, and then the batch's filter sets by the same recursive
 * SQL the works module runs after posting.
 */
final class WorkRows {
  private static final String FILTERS =
      "with recursive base as ("
          + " select wt.work_id, coalesce(t.synonym_of, t.id) as tag_id from work_tags wt"
          + " join tags t on t.id = wt.tag_id where wt.work_id between ? and ?),"
          + " closure(work_id, tag_id) as (select work_id, tag_id from base union"
          + " select c.work_id, m.meta_id from closure c join meta_tags m on m.sub_id = c.tag_id)"
          + " insert into work_filters (work_id, tag_id) select work_id, tag_id from closure"
          + " on conflict do nothing";

  private final CorpusShape shape;
  private final Map<String, Long> seededTags;
  private final long workBase;
  private final long pseudBase;
  private final long tagBase;
  private final ChapterTexts texts = new ChapterTexts();
  long chapters;
  long textBytes;
  long workTags;

  /** Nanoseconds spent per step: works, creators and tags, chapters, filter sets. */
  final long[] nanos = new long[4];

  WorkRows(
      CorpusShape shape,
      Map<String, Long> seededTags,
      long workBase,
      long pseudBase,
      long tagBase) {
    this.shape = shape;
    this.seededTags = seededTags;
    this.workBase = workBase;
    this.pseudBase = pseudBase;
    this.tagBase = tagBase;
  }

  long workId(int index) {
    return workBase + 1 + index;
  }

  void write(Connection c, List<WorkSpec> batch) throws SQLException, IOException {
    long t0 = System.nanoTime();
    try (CopyStream works =
        new CopyStream(
            c,
            "works",
            "id, title, summary, notes, end_notes, language, restricted, comment_policy,"
                + " expected_chapters, posted, word_count, chapter_count, published_at, updated_at,"
                + " version, hits, kudos_count, comments_count, bookmarks_count")) {
      for (WorkSpec w : batch) {
        works.number(workId(w.index)).text(w.title).text(w.summary).text(w.notes);
        works.text(w.endNotes).text(w.language).bool(w.restricted).text(w.commentPolicy);
        works.value(w.expectedChapters).bool(!w.draft).number(w.wordCount());
        works.number(w.chapterCount()).value(w.draft ? null : noonUtc(w.chapterDates[0]));
        works.value(w.updatedAt).number(w.draft ? 2 : 3).number(w.hits).number(w.kudos);
        works.number(w.comments).number(w.bookmarks).endRow();
      }
    }
    long t1 = System.nanoTime();
    nanos[0] += t1 - t0;
    try (CopyStream creators = new CopyStream(c, "work_creators", "work_id, pseud_id, position")) {
      for (WorkSpec w : batch) {
        for (int i = 0; i < w.creators.length; i++) {
          creators.number(workId(w.index)).number(pseudBase + 1 + w.creators[i]).number(i);
          creators.endRow();
        }
      }
    }
    try (CopyStream tags = new CopyStream(c, "work_tags", "work_id, tag_id, position")) {
      for (WorkSpec w : batch) {
        long[] ids = tagIds(w);
        for (int i = 0; i < ids.length; i++) {
          tags.number(workId(w.index)).number(ids[i]).number(i).endRow();
        }
        workTags += ids.length;
      }
    }
    long t2 = System.nanoTime();
    nanos[1] += t2 - t1;
    try (CopyStream rows =
        new CopyStream(
            c,
            "chapters",
            "work_id, position, title, summary, notes, end_notes, body, word_count,"
                + " published_on")) {
      for (WorkSpec w : batch) {
        for (int p = 1; p <= w.chapterCount(); p++) {
          rows.number(workId(w.index)).number(p).text(w.chapterTitles[p - 1]).text("").text("");
          rows.text("");
          CharSequence body =
              texts.body(ChapterTexts.chapterSeed(w.textSeed, p), w.chapterWords[p - 1]);
          rows.text(body);
          textBytes += CopyStream.utf8Length(body);
          rows.number(w.chapterWords[p - 1]).value(w.chapterDates[p - 1]).endRow();
          chapters++;
        }
      }
    }
    long t3 = System.nanoTime();
    nanos[2] += t3 - t2;
    try (PreparedStatement filters = c.prepareStatement(FILTERS)) {
      filters.setLong(1, workId(batch.get(0).index));
      filters.setLong(2, workId(batch.get(batch.size() - 1).index));
      filters.executeUpdate();
    }
    nanos[3] += System.nanoTime() - t3;
  }

  /** The work's tag ids in the order posting stores them. */
  long[] tagIds(WorkSpec w) {
    int n =
        1
            + w.warnings.length
            + w.categories.length
            + w.fandoms.length
            + w.relationships.length
            + w.characters.length
            + w.freeforms.length;
    long[] ids = new long[n];
    int at = 0;
    ids[at++] = seeded(WorkSpec.RATINGS[w.rating]);
    for (int x : w.warnings) {
      ids[at++] = seeded(WorkSpec.WARNINGS[x]);
    }
    for (int x : w.categories) {
      ids[at++] = seeded(WorkSpec.CATEGORIES[x]);
    }
    for (int x : w.fandoms) {
      ids[at++] = tagBase + 1 + shape.fandomTag(x);
    }
    for (int x : w.relationships) {
      ids[at++] = tagBase + 1 + shape.relationshipTag(x);
    }
    for (int x : w.characters) {
      ids[at++] = tagBase + 1 + shape.characterTag(x);
    }
    for (int x : w.freeforms) {
      ids[at++] = tagBase + 1 + shape.freeformTag(x);
    }
    return ids;
  }

  private long seeded(String name) {
    Long id = seededTags.get(name);
    if (id == null) {
      throw new IllegalStateException("The seeded tag " + name + " is missing");
    }
    return id;
  }

  /** How posting stores a past day (WorkRepository.refreshDates): noon UTC that day. */
  private static OffsetDateTime noonUtc(LocalDate day) {
    return day.atTime(12, 0).atOffset(ZoneOffset.UTC);
  }
}

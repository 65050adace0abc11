package org.quire.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.quire.listings.WorkDocument;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.Audience;

/**
 * The indexes' schemas: in the works index one Lucene document per posted work, in the text index
 * one per posted work holding its chapter text. Filter-set tag ids are keywords (postings for exact
 * include/exclude, sorted-set doc values for facet counts); numbers are points with doc values;
 * counters readers change (hits, kudos…) are updatable doc values only. Bump {@link
 * #SCHEMA_VERSION} or {@link #TEXT_SCHEMA_VERSION} with any change to a schema: an index of another
 * version is rebuilt at start-up.
 */
final class IndexFields {
  static final int SCHEMA_VERSION = 5;
  static final int TEXT_SCHEMA_VERSION = 1;

  static final String ID = "id";
  static final String ID_ORDER = "id_order";
  static final String FILTER_TAG = "filter_tag";
  static final String CREATOR_ACCOUNT = "creator_account";

  /** Who may find the work: its {@link Audience.Reach}, by name. */
  static final String REACH = "reach";

  static final String COMPLETE = "complete";
  static final String CROSSOVER = "crossover";
  static final String LANGUAGE = "language";
  static final String WORDS = "words";
  static final String CHAPTERS = "chapters";
  static final String POSTED = "posted";
  static final String UPDATED = "updated";
  static final String HITS = "hits";
  static final String KUDOS = "kudos";
  static final String COMMENTS = "comments";
  static final String BOOKMARKS = "bookmarks";
  static final String TITLE_ORDER = "title_order";
  static final String CREATOR_ORDER = "creator_order";

  // Analyzed text fields, searched by q= (all but TEXT) and text= (TEXT, in the text index).
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String NOTES = "notes";
  static final String CREATOR = "creator";
  static final String TAG = "tag";
  static final String TEXT = "text";

  /** The text field of each tag type, for {@code fandom:…} and friends. */
  static final Map<TagType, String> TAG_TYPE_FIELDS =
      Map.of(
          TagType.Rating, "rating",
          TagType.ArchiveWarning, "warning",
          TagType.Category, "category",
          TagType.Fandom, "fandom",
          TagType.Relationship, "relationship",
          TagType.Character, "character",
          TagType.Freeform, "freeform");

  private IndexFields() {}

  static Document document(WorkDocument work) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(work.id()), Field.Store.NO));
    doc.add(new NumericDocValuesField(ID_ORDER, work.id()));
    for (long tagId : work.filterTagIds()) {
      doc.add(new KeywordField(FILTER_TAG, Long.toString(tagId), Field.Store.NO));
    }
    for (long account : work.creatorAccountIds()) {
      doc.add(new StringField(CREATOR_ACCOUNT, Long.toString(account), Field.Store.NO));
    }
    doc.add(new StringField(REACH, Audience.reach(work).name(), Field.Store.NO));
    doc.add(new StringField(COMPLETE, Boolean.toString(work.complete()), Field.Store.NO));
    doc.add(new StringField(CROSSOVER, Boolean.toString(work.crossover()), Field.Store.NO));
    doc.add(new StringField(LANGUAGE, lower(work.language()), Field.Store.NO));
    doc.add(new LongField(WORDS, work.wordCount(), Field.Store.NO));
    doc.add(new LongField(CHAPTERS, work.chapterCount(), Field.Store.NO));
    doc.add(new LongField(POSTED, micros(work.publishedAt()), Field.Store.NO));
    doc.add(new LongField(UPDATED, micros(work.updatedAt()), Field.Store.NO));
    for (Field counter : counters(work.counts())) {
      doc.add(counter);
    }
    doc.add(new SortedDocValuesField(TITLE_ORDER, new BytesRef(lower(work.title()))));
    String firstCreator = work.creators().isEmpty() ? "" : work.creators().get(0);
    doc.add(new SortedDocValuesField(CREATOR_ORDER, new BytesRef(lower(firstCreator))));
    doc.add(new TextField(TITLE, work.title(), Field.Store.NO));
    doc.add(new TextField(SUMMARY, work.summary(), Field.Store.NO));
    doc.add(new TextField(NOTES, work.notes(), Field.Store.NO));
    for (String creator : work.creators()) {
      doc.add(new TextField(CREATOR, creator, Field.Store.NO));
    }
    // "creator:NAME" finds the account's works whichever pseud they were posted under.
    for (String username : new java.util.LinkedHashSet<>(work.creatorUsernames())) {
      if (!work.creators().contains(username)) {
        doc.add(new TextField(CREATOR, username, Field.Store.NO));
      }
    }
    for (TagRef tag : work.tags()) {
      doc.add(new TextField(TAG, tag.name(), Field.Store.NO));
      doc.add(new TextField(TAG_TYPE_FIELDS.get(tag.type()), tag.name(), Field.Store.NO));
    }
    return doc;
  }

  /**
   * A work's chapter text, in an index of its own: wrangling and edits of a work's tags rewrite its
   * document in the works index, and should not have to read and analyse its text again.
   */
  static Document textDocument(long workId, String text) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(workId), Field.Store.NO));
    doc.add(new NumericDocValuesField(ID_ORDER, workId));
    doc.add(new TextField(TEXT, text, Field.Store.NO));
    return doc;
  }

  /** The counters as doc values, which {@code IndexWriter.updateDocValues} can replace in place. */
  static Field[] counters(WorkDocument.Counts counts) {
    return new Field[] {
      new NumericDocValuesField(HITS, counts.hits()),
      new NumericDocValuesField(KUDOS, counts.kudos()),
      new NumericDocValuesField(COMMENTS, counts.comments()),
      new NumericDocValuesField(BOOKMARKS, counts.bookmarks())
    };
  }

  /** Microseconds, the database's precision, so that sorting and date ranges agree with it. */
  static long micros(java.time.Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}

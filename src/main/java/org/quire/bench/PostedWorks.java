package org.quire.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated work as the body of {@code POST /api/v1/works}, text and all. */
final class PostedWorks {
  /** Every generated creator's password (one precomputed hash in the accounts table). */
  static final String PASSWORD = "bench-password-1";

  private PostedWorks() {}

  static Map<String, Object> request(WorkSpec w, Names names) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", w.title);
    body.put("summary", w.summary);
    body.put("notes", w.notes);
    body.put("endNotes", w.endNotes);
    body.put("rating", WorkSpec.RATINGS[w.rating]);
    body.put("warnings", pick(WorkSpec.WARNINGS, w.warnings));
    body.put("categories", pick(WorkSpec.CATEGORIES, w.categories));
    body.put("fandoms", map(w.fandoms, names::fandom));
    body.put("relationships", map(w.relationships, names::relationship));
    body.put("characters", map(w.characters, names::character));
    body.put("freeforms", map(w.freeforms, names::freeform));
    body.put("language", w.language);
    body.put("restricted", w.restricted);
    body.put("commentPolicy", w.commentPolicy);
    body.put("expectedChapters", w.expectedChapters);
    body.put("draft", w.draft);
    ChapterTexts texts = new ChapterTexts();
    List<Map<String, Object>> chapters = new ArrayList<>();
    for (int p = 1; p <= w.chapterCount(); p++) {
      Map<String, Object> chapter = new LinkedHashMap<>();
      chapter.put("title", w.chapterTitles[p - 1]);
      chapter.put(
          "body",
          texts.body(ChapterTexts.chapterSeed(w.textSeed, p), w.chapterWords[p - 1]).toString());
      chapter.put("format", "html");
      chapter.put("publishedOn", w.chapterDates[p - 1].toString());
      chapters.add(chapter);
    }
    body.put("chapters", chapters);
    return body;
  }

  private static List<String> pick(String[] names, int[] indexes) {
    List<String> picked = new ArrayList<>();
    for (int i : indexes) {
      picked.add(names[i]);
    }
    return picked;
  }

  private static List<String> map(int[] indexes, java.util.function.IntFunction<String> name) {
    List<String> named = new ArrayList<>();
    for (int i : indexes) {
      named.add(name.apply(i));
    }
    return named;
  }
}

package org.quire.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.quire.listings.IndexHits;
import org.quire.listings.ListingBaseline;

/**
 * Checks that the bulk loader wrote what posting writes: a handful of the corpus's works (a
 * multi-chapter one, a restricted one, a draft, a crossover, one with a synonym and one under a
 * metatag, as the corpus has them) are posted again through {@code POST /api/v1/works} by their
 * creators, and every stored row of the posted copy is compared with the loaded work: the works row
 * (but its id, timestamps set to "now" and counters), creators and tags with their positions, the
 * filter set by tag name, and the chapters with their text and word counts. The copies are deleted
 * afterwards. Also checks that the index and the SQL baseline agree on a few listings.
 */
final class Verify {
  private static final String[] QUERIES = {
    "select title, summary, notes, end_notes, language, restricted, comment_policy,"
        + " expected_chapters, posted, word_count, chapter_count, published_at, version"
        + " from works where id = ?",
    "select pseud_id, position from work_creators where work_id = ? order by position",
    "select tag_id, position from work_tags where work_id = ? order by position",
    "select t.name from work_filters f join tags t on t.id = f.tag_id where f.work_id = ?"
        + " order by t.name",
    "select position, title, summary, notes, end_notes, body, word_count, published_on"
        + " from chapters where work_id = ? order by position"
  };

  private final CorpusShape shape;
  private final Names names;
  private final Http http;
  private final DataSource dataSource;
  private final long firstWorkId;
  private final Map<Integer, String> tokens = new HashMap<>();
  private final Set<Integer> metaSubs = new HashSet<>();

  Verify(CorpusShape shape, Http http, DataSource dataSource, long firstWorkId) {
    this.shape = shape;
    this.names = new Names(shape);
    this.http = http;
    this.dataSource = dataSource;
    this.firstWorkId = firstWorkId;
    shape.metaTags().forEach(pair -> metaSubs.add(pair[1]));
  }

  /** Posts, compares and deletes the samples; the number compared. */
  int postedWorksMatch() throws SQLException {
    List<WorkSpec> samples = samples();
    for (WorkSpec w : samples) {
      String token = tokens.computeIfAbsent(w.creators[0], this::signIn);
      long posted =
          http.send("POST", "/api/v1/works", PostedWorks.request(w, names), token)
              .expect(201, "Posting work " + w.index + " again")
              .json()
              .path("id")
              .asLong();
      try {
        compare(firstWorkId + w.index, posted, w.index);
      } finally {
        http.send("DELETE", "/api/v1/works/" + posted, null, token)
            .expect(204, "Deleting the posted copy of work " + w.index);
      }
    }
    return samples.size();
  }

  /** The index (over HTTP) and the SQL baseline give the same total and page for each listing. */
  static int listingsAgree(
      Http http, ListingBaseline baseline, List<Map<String, List<String>>> mix, int count) {
    int compared = 0;
    for (Map<String, List<String>> q : mix.subList(0, Math.min(count, mix.size()))) {
      var page = http.get("/api/v1/works" + Http.query(q), null).expect(200, "Listing").json();
      IndexHits sql = baseline.find(ListingTimer.parse(q));
      List<Long> ids = new ArrayList<>();
      page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
      if (page.path("total").asLong() != sql.total() || !ids.equals(sql.workIds())) {
        throw new BenchFailure(
            1,
            "The index and the SQL baseline disagree on "
                + Http.query(q)
                + ": index "
                + page.path("total").asLong()
                + " works "
                + ids
                + ", SQL "
                + sql.total()
                + " works "
                + sql.workIds());
      }
      compared++;
    }
    return compared;
  }

  private List<WorkSpec> samples() {
    WorkGenerator generator = new WorkGenerator(shape);
    Map<String, WorkSpec> found = new LinkedHashMap<>();
    for (int i = 0; i < shape.works && i < 50_000 && found.size() < 6; i++) {
      WorkSpec w = generator.generate(i);
      if (w.creators.length != 1 || w.wordCount() > 150_000) {
        continue;
      }
      String kind =
          w.draft
              ? "draft"
              : w.restricted
                  ? "restricted"
                  : w.crossover()
                      ? "crossover"
                      : w.chapterCount() >= 3
                          ? "chapters"
                          : hasSynonym(w) ? "synonym" : hasMeta(w) ? "meta" : "plain";
      found.putIfAbsent(kind, w);
    }
    return new ArrayList<>(found.values());
  }

  private boolean hasSynonym(WorkSpec w) {
    for (int f : w.freeforms) {
      if (shape.freeformSynonymOf(f) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean hasMeta(WorkSpec w) {
    for (int f : w.freeforms) {
      if (metaSubs.contains(shape.freeformTag(f))) {
        return true;
      }
    }
    return false;
  }

  private String signIn(int creator) {
    return http.send(
            "POST",
            "/api/v1/tokens",
            Map.of("login", names.username(creator), "password", PostedWorks.PASSWORD),
            null)
        .expect(201, "Signing in as " + names.username(creator))
        .json()
        .path("token")
        .asString();
  }

  private void compare(long loaded, long posted, int index) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (String sql : QUERIES) {
        List<String> expected = rows(c, sql, posted);
        List<String> actual = rows(c, sql, loaded);
        if (expected.isEmpty() || !expected.equals(actual)) {
          throw new BenchFailure(
              1,
              "Work "
                  + index
                  + " as loaded (id "
                  + loaded
                  + ") differs from the same work posted through the API (id "
                  + posted
                  + ") in: "
                  + sql
                  + "\n  posted: "
                  + Http.abbreviate(firstDifference(expected, actual), 400)
                  + "\n  loaded: "
                  + Http.abbreviate(firstDifference(actual, expected), 400));
        }
      }
    }
  }

  private static List<String> rows(Connection c, String sql, long id) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(i > 1 ? " | " : "").append(rs.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  private static String firstDifference(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      @Nullable String other = i < b.size() ? b.get(i) : null;
      if (!a.get(i).equals(other)) {
        return "row " + (i + 1) + ": " + a.get(i);
      }
    }
    return a.size() == b.size() ? "(same)" : "(" + a.size() + " rows)";
  }
}

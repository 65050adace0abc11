package org.quire.listings;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.works.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds works by the listing parameters over PostgreSQL alone: EXISTS on the filter sets for each
 * included tag, NOT EXISTS for excluded ones, a count and a page, and facets by GROUP BY over the
 * filtered works. Exact, and the plain-SQL peer that the search index is measured against; it also
 * answers while the index is being built.
 */
@Service
class WorkListing {
  private final JdbcClient jdbc;

  WorkListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of work ids, the exact total, and the facets (per filter tag id) when asked. */
  IndexHits find(IndexQuery query) {
    ListingQuery q = query.listing();
    Where where = where(query);
    long total =
        jdbc.sql("select count(*) from works w where " + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
    String key = column(q.sort());
    String direction = q.ascending() ? "asc" : "desc";
    List<Object> pageParams = new ArrayList<>(where.params);
    pageParams.add(q.perPage());
    pageParams.add((long) (q.page() - 1) * q.perPage());
    // Every sort key has a value on a posted work, so no NULLS clause: PostgreSQL then serves
    // either direction from one "(key desc, id desc) where posted" index (V7), which it will not
    // do for "nulls last" even on a column that is never null.
    List<Long> ids =
        jdbc.sql(
                "select w.id from works w where "
                    + where.sql
                    + " order by "
                    + key
                    + " "
                    + direction
                    + ", w.id "
                    + direction
                    + " limit ? offset ?")
            .params(pageParams)
            .query(Long.class)
            .list();
    return new IndexHits(ids, total, q.facets() ? TagCounts.of(facets(where)) : null);
  }

  /** The column (or expression) of a sort key; relevance without a text query is by update. */
  static String column(SortKey sort) {
    return switch (sort) {
      case UPDATED, RELEVANCE -> "w.updated_at";
      case POSTED -> "w.published_at";
      case KUDOS -> "w.kudos_count";
      case HITS -> "w.hits";
      case BOOKMARKS -> "w.bookmarks_count";
      case COMMENTS -> "w.comments_count";
      case WORDS -> "w.word_count";
      case TITLE -> "lower(w.title)";
      case CREATOR ->
          "(select lower(p.name) from work_creators c join pseuds p on p.id = c.pseud_id"
              + " where c.work_id = w.id order by c.position limit 1)";
    };
  }

  private Map<Long, Long> facets(Where where) {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.sql(
            "select f.tag_id, count(*) from work_filters f where f.work_id in"
                + " (select w.id from works w where "
                + where.sql
                + ") group by f.tag_id")
        .params(where.params)
        .query(
            (java.sql.ResultSet rs) -> {
              counts.put(rs.getLong(1), rs.getLong(2));
            });
    return counts;
  }

  private static Where where(IndexQuery query) {
    ListingQuery q = query.listing();
    Where w = new Where();
    // "posted" first in the audience's condition: the listing indexes are partial on it.
    Audience.Condition listed = query.audience().listed("w");
    w.add(listed.sql(), listed.params().toArray());
    for (long tagId : query.requiredTagIds()) {
      w.add("exists (select 1 from work_filters f where f.work_id = w.id and f.tag_id = ?)", tagId);
    }
    if (!query.excludedTagIds().isEmpty()) {
      w.add(
          "not exists (select 1 from work_filters f where f.work_id = w.id and f.tag_id = any(?))",
          (Object) query.excludedTagIds().toArray(Long[]::new));
    }
    String creatorOf =
        "exists (select 1 from work_creators c join pseuds p on p.id = c.pseud_id"
            + " where c.work_id = w.id and p.account_id ";
    if (query.creatorAccountId() != null) {
      w.add(creatorOf + "= ?)", query.creatorAccountId());
    }
    if (!query.excludedCreatorIds().isEmpty()) {
      w.add(
          "not " + creatorOf + "= any(?))",
          (Object) query.excludedCreatorIds().toArray(Long[]::new));
    }
    if (q.complete() != null) {
      w.add(
          (q.complete() ? "" : "not ") + "coalesce(w.expected_chapters = w.chapter_count, false)");
    }
    if (q.crossover() != null) {
      w.add(
          "(select count(distinct coalesce(t.synonym_of, t.id)) from work_tags wt join tags t on t.id = wt.tag_id"
              + " where wt.work_id = w.id and t.type = 'Fandom') "
              + (q.crossover() ? "> 1" : "<= 1"));
    }
    if (q.language() != null) {
      w.add("lower(w.language) = lower(?)", q.language());
    }
    range(w, "w.word_count", q.words());
    range(w, "w.kudos_count", q.kudos());
    range(w, "w.hits", q.hits());
    range(w, "w.comments_count", q.comments());
    range(w, "w.bookmarks_count", q.bookmarks());
    if (q.updated() != null) {
      if (q.updated().from() != null) {
        w.add("w.updated_at >= ?", Timestamp.from(q.updated().from()));
      }
      if (q.updated().to() != null) {
        w.add("w.updated_at <= ?", Timestamp.from(q.updated().to()));
      }
    }
    if (q.q() != null) {
      w.add(expression(q.q(), false, w.params), new Object[0]);
    }
    if (q.text() != null) {
      w.add(expression(q.text(), true, w.params), new Object[0]);
    }
    return w;
  }

  /**
   * SQL for a parsed query; {@code chapters} searches chapter text instead of the work's fields.
   */
  private static String expression(SearchExpression e, boolean chapters, List<Object> params) {
    return switch (e) {
      case SearchExpression.And and ->
          "("
              + String.join(
                  " and ", and.parts().stream().map(p -> expression(p, chapters, params)).toList())
              + ")";
      case SearchExpression.Or or ->
          "("
              + String.join(
                  " or ", or.parts().stream().map(p -> expression(p, chapters, params)).toList())
              + ")";
      case SearchExpression.Not not -> "not " + expression(not.part(), chapters, params);
      case SearchExpression.Term term -> term(term, chapters, params);
    };
  }

  private static String term(SearchExpression.Term term, boolean chapters, List<Object> params) {
    String regex = "\\m" + wordRegex(term.text()) + "\\M";
    if (chapters) {
      params.add(regex);
      return "exists (select 1 from chapters c where c.work_id = w.id and c.body ~* ?)";
    }
    String field = term.field() == null ? "" : term.field();
    String tagType =
        switch (field) {
          case "fandom" -> "Fandom";
          case "relationship" -> "Relationship";
          case "character" -> "Character";
          case "freeform" -> "Freeform";
          case "rating" -> "Rating";
          case "warning" -> "ArchiveWarning";
          case "category" -> "Category";
          default -> null;
        };
    String tags =
        "exists (select 1 from tags t where t.name ~* ?"
            + (tagType == null ? "" : " and t.type = '" + tagType + "'")
            + " and (t.id in (select tag_id from work_tags where work_id = w.id)"
            + " or t.id in (select tag_id from work_filters where work_id = w.id)))";
    // A pseud's name or its account's username, as the index holds both.
    String creators =
        "exists (select 1 from work_creators c join pseuds p on p.id = c.pseud_id"
            + " join accounts a on a.id = p.account_id"
            + " where c.work_id = w.id and (p.name ~* ? or a.username ~* ?))";
    return switch (field) {
      case "title", "summary", "notes", "language" ->
          bind(params, regex, 1, "w." + field + " ~* ?");
      case "creator" -> bind(params, regex, 2, creators);
      case "" ->
          bind(
              params,
              regex,
              6,
              "(w.title ~* ? or w.summary ~* ? or w.notes ~* ? or "
                  + tags
                  + " or "
                  + creators
                  + ")");
      default -> bind(params, regex, 1, tags);
    };
  }

  private static String bind(List<Object> params, String value, int times, String sql) {
    for (int i = 0; i < times; i++) {
      params.add(value);
    }
    return sql;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** The words of a term as a case-insensitive PostgreSQL regular expression, any spacing. */
  private static String wordRegex(String text) {
    StringBuilder regex = new StringBuilder();
    for (String word : SPACES.splitAsStream(text.strip()).toList()) {
      if (!regex.isEmpty()) {
        regex.append("\\s+");
      }
      regex.append(word.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1"));
    }
    return regex.toString();
  }

  private static void range(Where w, String column, Range range) {
    if (range == null) {
      return;
    }
    if (range.min() != null) {
      w.add(column + " >= ?", range.min());
    }
    if (range.max() != null) {
      w.add(column + " <= ?", range.max());
    }
  }

  /** A WHERE clause under construction. */
  private static final class Where {
    String sql = "true";
    final List<Object> params = new ArrayList<>();

    void add(String condition, Object... values) {
      sql = sql + " and " + condition;
      params.addAll(List.of(values));
    }
  }
}

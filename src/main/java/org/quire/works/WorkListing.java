package org.quire.works;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.accounts.Viewer;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds works by the listing parameters over PostgreSQL alone: EXISTS on the filter sets for each
 * included tag, NOT EXISTS for excluded ones, a count and a page, and facets by GROUP BY over the
 * filtered works. Exact, and the plain-SQL peer that a search index is measured against.
 */
@Service
class WorkListing {
  private final JdbcClient jdbc;
  private final TagDirectory tags;
  private final WorkRepository works;

  WorkListing(JdbcClient jdbc, TagDirectory tags, WorkRepository works) {
    this.jdbc = jdbc;
    this.tags = tags;
    this.works = works;
  }

  /** One page of results, the total, and the facets when asked. */
  Result find(Viewer viewer, ListingQuery query) {
    Where where = where(viewer, query);
    if (where.impossible) {
      return new Result(List.of(), 0, query.facets() ? emptyFacets() : null);
    }
    long total =
        jdbc.sql("select count(*) from works w where " + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
    String key = ListingQuery.SORTS.get(query.sort());
    String direction = query.ascending() ? "asc" : "desc";
    List<Object> pageParams = new ArrayList<>(where.params);
    pageParams.add(query.perPage());
    pageParams.add((long) (query.page() - 1) * query.perPage());
    List<Long> ids =
        jdbc.sql(
                "select w.id from works w where "
                    + where.sql
                    + " order by "
                    + key
                    + " "
                    + direction
                    + " nulls last, w.id "
                    + direction
                    + " limit ? offset ?")
            .params(pageParams)
            .query(Long.class)
            .list();
    Map<String, List<Facet>> facets = query.facets() ? facets(where) : null;
    return new Result(works.load(ids), total, facets);
  }

  private Map<String, List<Facet>> facets(Where where) {
    Map<String, List<Facet>> facets = emptyFacets();
    jdbc.sql(
            "select t.type, t.name, count(*) as n from work_filters f join tags t on t.id = f.tag_id"
                + " where f.work_id in (select w.id from works w where "
                + where.sql
                + ")"
                + " group by t.type, t.name order by n desc, lower(t.name)")
        .params(where.params)
        .query(
            (java.sql.ResultSet rs) -> {
              String facet = FACET_NAMES.get(TagType.valueOf(rs.getString(1)));
              facets.get(facet).add(new Facet(rs.getString(2), rs.getLong(3)));
            });
    return facets;
  }

  static final Map<TagType, String> FACET_NAMES =
      Map.of(
          TagType.Rating, "rating",
          TagType.ArchiveWarning, "warnings",
          TagType.Category, "categories",
          TagType.Fandom, "fandoms",
          TagType.Relationship, "relationships",
          TagType.Character, "characters",
          TagType.Freeform, "freeforms");

  private static Map<String, List<Facet>> emptyFacets() {
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    for (String name :
        List.of(
            "rating",
            "warnings",
            "categories",
            "fandoms",
            "relationships",
            "characters",
            "freeforms")) {
      facets.put(name, new ArrayList<>());
    }
    return facets;
  }

  private Where where(Viewer viewer, ListingQuery q) {
    Where w = new Where();
    w.add("w.posted");
    if (viewer.isGuest()) {
      w.add("not w.restricted");
    }
    List<String> required = new ArrayList<>(q.include());
    if (q.tag() != null) {
      required.add(q.tag());
    }
    if (q.rating() != null) {
      required.add(q.rating());
    }
    for (String name : required) {
      Optional<TagRef> tag = tags.filterTagOf(name);
      if (tag.isEmpty()) {
        w.impossible = true;
        return w;
      }
      w.add(
          "exists (select 1 from work_filters f where f.work_id = w.id and f.tag_id = ?)",
          tag.get().id());
    }
    List<Long> excluded = new ArrayList<>();
    for (String name : q.exclude()) {
      tags.filterTagOf(name).ifPresent(t -> excluded.add(t.id()));
    }
    if (!excluded.isEmpty()) {
      w.add(
          "not exists (select 1 from work_filters f where f.work_id = w.id and f.tag_id = any(?))",
          (Object) excluded.toArray(Long[]::new));
    }
    if (q.creator() != null) {
      w.add(
          "exists (select 1 from work_creators c join pseuds p on p.id = c.pseud_id"
              + " join accounts a on a.id = p.account_id where c.work_id = w.id and lower(a.username) = lower(?))",
          q.creator());
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
    String creators =
        "exists (select 1 from work_creators c join pseuds p on p.id = c.pseud_id where c.work_id = w.id and p.name ~* ?)";
    return switch (field) {
      case "title", "summary", "notes", "language" ->
          bind(params, regex, 1, "w." + field + " ~* ?");
      case "creator" -> bind(params, regex, 1, creators);
      case "" ->
          bind(
              params,
              regex,
              5,
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
    boolean impossible;

    void add(String condition, Object... values) {
      sql = sql + " and " + condition;
      params.addAll(List.of(values));
    }
  }

  /** A facet value. */
  record Facet(String tag, long count) {}

  /** A page of works. */
  record Result(
      List<Work> works,
      long total,
      @org.jspecify.annotations.Nullable Map<String, List<Facet>> facets) {}
}

package org.quire.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quire.platform.Paging;
import org.quire.platform.Validation;
import org.quire.tags.TagType;
import org.quire.works.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tag search (AO3's /tags/search): tags by a part of their name, type and canonical status, sorted
 * by name or by uses. Uses count only the works listed to the searcher: for a canonical or
 * unwrangled tag the works its listing shows, for a synonym the works typed with it. A tag that is
 * not canonical is found only with a use the searcher may see, so no draft leaks its tags.
 */
@Service
class TagSearch {
  private final JdbcClient jdbc;

  TagSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The search as given: {@code type} a type's API name or empty, {@code sort} name or uses. */
  record Criteria(String name, @Nullable TagType type, boolean canonicalOnly, String sort) {
    static Criteria of(
        @Nullable String name, @Nullable String type, boolean canonical, @Nullable String sort) {
      Validation v = new Validation();
      TagType wanted = null;
      if (type != null && !type.isBlank()) {
        for (TagType t : TagType.values()) {
          if (t.name().equalsIgnoreCase(type.strip())) {
            wanted = t;
          }
        }
        v.check(wanted != null, "type", "must be one of " + List.of(TagType.values()));
      }
      String order =
          sort == null || sort.isBlank() ? "name" : sort.strip().toLowerCase(Locale.ROOT);
      v.check(order.equals("name") || order.equals("uses"), "sort", "must be name or uses");
      v.throwIfInvalid();
      return new Criteria(name == null ? "" : name.strip(), wanted, canonical, order);
    }
  }

  record Found(String name, String type, boolean canonical, long uses) {}

  record Page(List<Found> items, long total) {}

  Page search(Audience audience, Criteria criteria, Paging paging) {
    Audience.Condition listed = audience.listed("w");
    List<Object> params = new ArrayList<>();
    params.addAll(listed.params());
    params.addAll(listed.params());
    params.add(criteria.name());
    params.add("%" + like(criteria.name().toLowerCase(Locale.ROOT)) + "%");
    String type = criteria.type() == null ? "" : criteria.type().name();
    params.add(type);
    params.add(type);
    params.add(criteria.canonicalOnly());
    params.add(paging.perPage());
    params.add(paging.offset());
    String order =
        criteria.sort().equals("uses") ? "uses desc, lower(name), name" : "lower(name), name";
    List<Long> total = new ArrayList<>();
    List<Found> items =
        jdbc.sql(
                "select name, type, canonical, uses, count(*) over () as total from ("
                    + " select t.name, t.type, t.canonical, case when t.synonym_of is null"
                    + " then (select count(*) from work_filters f join works w on w.id = f.work_id"
                    + " where f.tag_id = t.id and "
                    + listed.sql()
                    + ") else (select count(*) from work_tags wt join works w on w.id = wt.work_id"
                    + " where wt.tag_id = t.id and "
                    + listed.sql()
                    + ") end as uses from tags t"
                    + " where (? = '' or lower(t.name) like ? escape '\\')"
                    + " and (? = '' or t.type = ?) and (not ? or t.canonical)) found"
                    + " where canonical or uses > 0 order by "
                    + order
                    + " limit ? offset ?")
            .params(params)
            .query(
                (rs, n) -> {
                  total.add(rs.getLong("total"));
                  return new Found(
                      rs.getString("name"),
                      rs.getString("type"),
                      rs.getBoolean("canonical"),
                      rs.getLong("uses"));
                })
            .list();
    if (!total.isEmpty()) {
      return new Page(items, total.get(0));
    }
    // Past the last page no row carries the total: the first page does.
    return new Page(
        items, paging.page() == 1 ? 0 : search(audience, criteria, new Paging(1, 1)).total());
  }

  /** Escapes LIKE's wildcards in what the searcher typed. */
  static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

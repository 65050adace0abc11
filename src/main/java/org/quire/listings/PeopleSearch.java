package org.quire.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.platform.Paging;
import org.quire.works.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * People search (AO3's /people/search): pseuds whose name or whose account's username holds the
 * query, each with the number of its works listed to the searcher (drafts never, restricted works
 * only for members), as the pseud's works listing would show them.
 */
@Service
class PeopleSearch {
  private final JdbcClient jdbc;

  PeopleSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Person(String pseud, String username, long works) {}

  record Page(List<Person> items, long total) {}

  Page search(Audience audience, String query, Paging paging) {
    Audience.Condition listed = audience.listed("w");
    String pattern = "%" + TagSearch.like(query.strip().toLowerCase(Locale.ROOT)) + "%";
    List<Object> params = new ArrayList<>(listed.params());
    params.add(pattern);
    params.add(pattern);
    params.add(paging.perPage());
    params.add(paging.offset());
    List<Long> total = new ArrayList<>();
    List<Person> items =
        jdbc.sql(
                "select p.name as pseud, a.username,"
                    + " (select count(*) from work_creators c join works w on w.id = c.work_id"
                    + " where c.pseud_id = p.id and "
                    + listed.sql()
                    + ") as works, count(*) over () as total"
                    + " from pseuds p join accounts a on a.id = p.account_id"
                    + " where lower(p.name) like ? escape '\\' or lower(a.username) like ? escape '\\'"
                    + " order by lower(p.name), lower(a.username) limit ? offset ?")
            .params(params)
            .query(
                (rs, n) -> {
                  total.add(rs.getLong("total"));
                  return new Person(
                      rs.getString("pseud"), rs.getString("username"), rs.getLong("works"));
                })
            .list();
    if (!total.isEmpty()) {
      return new Page(items, total.get(0));
    }
    return new Page(
        items, paging.page() == 1 ? 0 : search(audience, query, new Paging(1, 1)).total());
  }
}

package org.quire.listings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quire.tags.TagType;
import org.quire.works.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Browsing by fandom, as AO3's media pages: each fandom with the number of works its listing shows
 * this audience, under the media wranglers put it in (Uncategorized Fandoms when none). A fandom is
 * shown when it is canonical, or unwrangled with a work listed to the audience: a name typed only
 * on a draft or a restricted work never reaches a reader who may not see that work.
 */
@Service
class FandomBrowser {
  /** How many fandoms /media shows under each medium. */
  static final int POPULAR = 5;

  private final JdbcClient jdbc;

  FandomBrowser(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Fandom(String name, long works) {}

  record Medium(String name, int fandomsCount, List<Fandom> popular) {}

  /** Each medium in AO3's order, with its most popular fandoms. */
  List<Medium> media(Audience audience) {
    Map<String, List<Fandom>> byMedium = placed(audience);
    List<Medium> media = new ArrayList<>();
    for (String name : TagType.MEDIA) {
      List<Fandom> fandoms = new ArrayList<>(byMedium.getOrDefault(name, List.of()));
      int count = fandoms.size();
      fandoms.sort(
          (a, b) ->
              a.works() != b.works()
                  ? Long.compare(b.works(), a.works())
                  : a.name().compareToIgnoreCase(b.name()));
      media.add(new Medium(name, count, List.copyOf(fandoms.subList(0, Math.min(POPULAR, count)))));
    }
    return media;
  }

  /** The medium's spelling as seeded, for any case of its name; empty for no medium. */
  static Optional<String> medium(String name) {
    return TagType.MEDIA.stream().filter(m -> m.equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The fandoms of one medium, by name. */
  List<Fandom> fandoms(Audience audience, String medium) {
    return placed(audience).getOrDefault(medium, List.of());
  }

  /** Every fandom shown, whatever its media, by name. */
  List<Fandom> all(Audience audience) {
    Set<Fandom> all = new LinkedHashSet<>();
    placed(audience).values().forEach(all::addAll);
    List<Fandom> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
    return sorted;
  }

  /** Fandoms under the letter they start with ("#" for a digit or sign), letters in order. */
  static Map<String, List<Fandom>> byLetter(List<Fandom> fandoms) {
    Map<String, List<Fandom>> letters = new LinkedHashMap<>();
    for (Fandom f : fandoms) {
      int first = f.name().isEmpty() ? '#' : f.name().codePointAt(0);
      String letter =
          Character.isLetter(first)
              ? new String(Character.toChars(first)).toUpperCase(Locale.ROOT)
              : "#";
      letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(f);
    }
    return letters;
  }

  /**
   * One statement: each fandom (not a synonym) with its works listed to the audience, counted over
   * the filter sets as its listing counts them, under each of its media.
   */
  private Map<String, List<Fandom>> placed(Audience audience) {
    Audience.Condition listed = audience.listed("w");
    Map<String, List<Fandom>> byMedium = new LinkedHashMap<>();
    jdbc.sql(
            "with counted as ("
                + " select t.id, t.name, count(w.id) as works from tags t"
                + " left join work_filters f on f.tag_id = t.id"
                + " left join works w on w.id = f.work_id and "
                + listed.sql()
                + " where t.type = 'Fandom' and t.synonym_of is null"
                + " group by t.id having t.canonical or count(w.id) > 0)"
                + " select coalesce(m.name, ?) as medium, c.name, c.works from counted c"
                + " left join (tag_parents p join tags m on m.id = p.parent_id and m.type = 'Media')"
                + " on p.child_id = c.id"
                + " order by lower(c.name), c.name")
        .params(params(listed))
        .query(
            (rs, n) -> {
              byMedium
                  .computeIfAbsent(rs.getString("medium"), k -> new ArrayList<>())
                  .add(new Fandom(rs.getString("name"), rs.getLong("works")));
              return 0;
            })
        .list();
    return byMedium;
  }

  private static List<Object> params(Audience.Condition listed) {
    List<Object> params = new ArrayList<>(listed.params());
    params.add(TagType.UNCATEGORIZED);
    return params;
  }
}

package org.quire.profiles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.interactions.ReaderLists;
import org.quire.platform.ApiException;
import org.quire.works.Pages;
import org.quire.works.WriterStats;
import org.quire.works.WriterStats.WorkCounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A writer's statistics, {@code /users/{name}/stats}: their posted works' counts (drafts have no
 * readers; AO3 too shows posted works only), sortable, for all years or the works first published
 * in one year, with totals and a chart of hits per day. Only the writer sees it: 404 to anyone
 * else, as if it did not exist.
 */
@Controller
class StatsPageController {
  private final Profiles profiles;
  private final WriterStats stats;
  private final ReaderLists lists;

  StatsPageController(Profiles profiles, WriterStats stats, ReaderLists lists) {
    this.profiles = profiles;
    this.stats = stats;
    this.lists = lists;
  }

  /** The sort keys, by parameter value, with each one's comparator (ascending). */
  static final Map<String, Comparator<Row>> SORTS =
      Map.of(
          "title", Comparator.comparing((Row r) -> r.work().title().toLowerCase(Locale.ROOT)),
          "date", Comparator.comparing((Row r) -> r.work().publishedAt()),
          "words", Comparator.comparingInt((Row r) -> r.work().words()),
          "hits", Comparator.comparingLong((Row r) -> r.work().hits()),
          "kudos", Comparator.comparingInt((Row r) -> r.work().kudos()),
          "comments", Comparator.comparingInt((Row r) -> r.work().comments()),
          "bookmarks", Comparator.comparingInt((Row r) -> r.work().bookmarks()),
          "subscriptions", Comparator.comparingLong(Row::subscriptions));

  /** One work's line: its counts and its subscribers. */
  record Row(WorkCounts work, long subscriptions) {}

  /** The sums over the shown works. */
  record Totals(
      long works,
      long words,
      long hits,
      long kudos,
      long comments,
      long bookmarks,
      long subscriptions) {
    static Totals of(List<Row> rows) {
      return new Totals(
          rows.size(),
          rows.stream().mapToLong(r -> r.work().words()).sum(),
          rows.stream().mapToLong(r -> r.work().hits()).sum(),
          rows.stream().mapToLong(r -> r.work().kudos()).sum(),
          rows.stream().mapToLong(r -> r.work().comments()).sum(),
          rows.stream().mapToLong(r -> r.work().bookmarks()).sum(),
          rows.stream().mapToLong(Row::subscriptions).sum());
    }
  }

  /** The column headers' links: each sorts by its column, again reverses the order. */
  record Sorting(String base, String sort, boolean ascending, @Nullable Integer year) {
    public String href(String key) {
      boolean asc = key.equals(sort) ? !ascending : key.equals("title");
      return base
          + "?sort="
          + key
          + "&order="
          + (asc ? "asc" : "desc")
          + (year == null ? "" : "&year=" + year);
    }

    public String ariaSort(String key) {
      return !key.equals(sort) ? "none" : ascending ? "ascending" : "descending";
    }
  }

  @GetMapping("/users/{username}/stats")
  String stats(
      Viewer viewer,
      @PathVariable String username,
      @RequestParam(defaultValue = "hits") String sort,
      @RequestParam(required = false) @Nullable String order,
      @RequestParam(required = false) @Nullable String year,
      Model model) {
    Profiles.Profile profile = profiles.of(username);
    if (viewer.accountId() == null || viewer.accountId() != profile.accountId()) {
      throw ApiException.notFound("Page");
    }
    Comparator<Row> comparator = SORTS.get(sort);
    if (comparator == null) {
      throw ApiException.badRequest(
          "Unknown sort '"
              + sort
              + "': use one of "
              + String.join(", ", SORTS.keySet().stream().sorted().toList())
              + ".");
    }
    boolean ascending = order == null ? sort.equals("title") : order.equals("asc");
    if (order != null && !order.equals("asc") && !order.equals("desc")) {
      throw ApiException.badRequest("'order' must be asc or desc.");
    }
    Integer chosenYear = year(year);
    List<WorkCounts> all = stats.postedWorks(profile.accountId());
    List<Integer> years =
        all.stream().map(w -> yearOf(w)).distinct().sorted(Comparator.reverseOrder()).toList();
    List<WorkCounts> shown =
        all.stream().filter(w -> chosenYear == null || yearOf(w) == chosenYear).toList();
    Map<Long, Long> subscribers =
        lists.workSubscribers(shown.stream().map(WorkCounts::id).toList());
    List<Row> rows =
        shown.stream()
            .map(w -> new Row(w, subscribers.getOrDefault(w.id(), 0L)))
            .sorted(ascending ? comparator : comparator.reversed())
            .toList();
    model.addAttribute("profile", profile);
    model.addAttribute("rows", rows);
    model.addAttribute("totals", Totals.of(rows));
    model.addAttribute("years", years);
    model.addAttribute("year", chosenYear);
    model.addAttribute("sort", sort);
    model.addAttribute(
        "sorting",
        new Sorting(Pages.user(profile.username()) + "/stats", sort, ascending, chosenYear));
    model.addAttribute(
        "chart",
        HitsChart.of(
            stats.dailyHits(shown.stream().map(WorkCounts::id).toList()),
            LocalDate.now(ZoneOffset.UTC)));
    return "profiles/stats";
  }

  private static int yearOf(WorkCounts work) {
    return work.publishedAt().atZone(ZoneOffset.UTC).getYear();
  }

  private static @Nullable Integer year(@Nullable String year) {
    if (year == null || year.isBlank() || year.equals("all")) {
      return null;
    }
    if (!year.strip().matches("\\d{4}")) {
      throw ApiException.badRequest("'year' must be a year such as 2024, or all.");
    }
    return Integer.parseInt(year.strip());
  }
}

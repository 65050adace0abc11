package org.quire.listings;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of {@code GET /api/v1/works} (and the tag and user listings), checked: a malformed
 * range, an unknown sort key or unbalanced quotes are a 400 that says what is wrong.
 */
public record ListingQuery(
    @Nullable String tag,
    @Nullable String creator,
    List<String> include,
    List<String> exclude,
    @Nullable String rating,
    @Nullable Boolean complete,
    @Nullable Boolean crossover,
    @Nullable String language,
    @Nullable Range words,
    @Nullable Range kudos,
    @Nullable Range hits,
    @Nullable Range comments,
    @Nullable Range bookmarks,
    @Nullable DateRange updated,
    @Nullable SearchExpression q,
    @Nullable SearchExpression text,
    SortKey sort,
    boolean ascending,
    int page,
    int perPage,
    boolean facets) {

  static final int MAX_PER_PAGE = org.quire.platform.Paging.MAX_PER_PAGE;

  /** The counts listings filter by ranges (each also a sort key). */
  public static final List<String> COUNTS =
      List.of("words", "kudos", "hits", "comments", "bookmarks");

  /** Every work, newest first, 20 a page: what a listing with no parameters asks. */
  static final ListingQuery DEFAULTS =
      parse(new org.springframework.util.LinkedMultiValueMap<>(), Instant.EPOCH);

  public static ListingQuery parse(MultiValueMap<String, String> raw, Instant now) {
    SearchSyntax.Parsed q = SearchSyntax.parse("q", raw.getFirst("q"));
    SearchSyntax.Parsed text = SearchSyntax.parse("text", raw.getFirst("text"));
    MultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>(raw);
    // AO3's shortcuts inside q (words>1000, sort:kudos) apply unless the parameter is given too.
    q.shortcuts()
        .forEach(
            (key, value) -> {
              if (blankToNull(params.getFirst(key)) == null) {
                params.set(key, value);
              }
            });
    // As AO3: a text query is ordered by relevance unless a sort is asked for.
    boolean searched = q.expression() != null || text.expression() != null;
    String sortKey =
        first(params, "sort", searched ? "relevance" : "updated").toLowerCase(Locale.ROOT);
    SortKey sort =
        SortKey.of(sortKey)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "Unknown sort '"
                            + sortKey
                            + "': use one of "
                            + String.join(
                                ", ",
                                java.util.Arrays.stream(SortKey.values())
                                    .map(SortKey::key)
                                    .sorted()
                                    .toList())
                            + "."));
    String order = first(params, "order", sort.ascendingByDefault() ? "asc" : "desc");
    if (!order.equals("asc") && !order.equals("desc")) {
      throw ApiException.badRequest("'order' must be asc or desc.");
    }
    org.quire.platform.Paging paging =
        org.quire.platform.Paging.of(params.getFirst("page"), params.getFirst("perPage"), 20);
    return new ListingQuery(
        blankToNull(params.getFirst("tag")),
        blankToNull(params.getFirst("creator")),
        values(params, "include"),
        values(params, "exclude"),
        blankToNull(params.getFirst("rating")),
        bool(params, "complete"),
        bool(params, "crossover"),
        blankToNull(params.getFirst("language")),
        Range.parse("words", params.getFirst("words")),
        Range.parse("kudos", params.getFirst("kudos")),
        Range.parse("hits", params.getFirst("hits")),
        Range.parse("comments", params.getFirst("comments")),
        Range.parse("bookmarks", params.getFirst("bookmarks")),
        DateRange.parse("updated", params.getFirst("updated"), now),
        q.expression(),
        text.expression(),
        sort,
        order.equals("asc"),
        paging.page(),
        paging.perPage(),
        "true".equalsIgnoreCase(params.getFirst("facets")));
  }

  /** The same query asking for one result and no facets: for a count alone. */
  ListingQuery countOnly() {
    return new ListingQuery(
        tag, creator, include, exclude, rating, complete, crossover, language, words, kudos, hits,
        comments, bookmarks, updated, q, text, sort, ascending, 1, 1, false);
  }

  /** True when the include list, or the browsed tag, names this tag (ignoring case). */
  boolean includes(String name) {
    return include.stream().anyMatch(name::equalsIgnoreCase);
  }

  boolean excludes(String name) {
    return exclude.stream().anyMatch(name::equalsIgnoreCase);
  }

  private static List<String> values(MultiValueMap<String, String> params, String name) {
    List<String> raw = params.get(name);
    return raw == null
        ? List.of()
        : raw.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
  }

  private static String first(MultiValueMap<String, String> params, String name, String fallback) {
    String value = params.getFirst(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static @Nullable Boolean bool(MultiValueMap<String, String> params, String name) {
    String value = blankToNull(params.getFirst(name));
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "t", "1", "yes" -> true;
      case "false", "f", "0", "no" -> false;
      default -> throw ApiException.badRequest("'" + name + "' must be true or false.");
    };
  }
}

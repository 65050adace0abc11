package org.quire.listings;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.works.Audience;
import org.quire.works.WorkView;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The listings API for other modules' public feeds (OPDS catalogues): works as a guest finds them,
 * {@link Audience#everyone()}, so restricted works and drafts never appear.
 */
@Service
public class PublicListings {
  private final WorkFinder listing;

  PublicListings(WorkFinder listing) {
    this.listing = listing;
  }

  /** A page of works and the number of works in the whole result. */
  public record Page(List<WorkView> works, long total, int page, int perPage) {
    /** True when another page follows this one. */
    public boolean hasNext() {
      return (long) page * perPage < total;
    }
  }

  /** A tag and how many works carry it. */
  public record TagCount(String tag, long count) {}

  /**
   * Posted public works, newest update first.
   *
   * @param tag browse one tag (its synonyms and subtags count), or null for all
   * @param q a query in the listing's syntax, or null
   * @throws ApiException 400 for a malformed query
   */
  public Page publicWorks(@Nullable String tag, @Nullable String q, int page, int perPage) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    if (tag != null) {
      params.set("tag", tag);
    }
    if (q != null) {
      params.set("q", q);
    }
    params.set("page", Integer.toString(page));
    params.set("perPage", Integer.toString(perPage));
    WorkFinder.Result result =
        listing.find(Audience.everyone(), ListingQuery.parse(params, Instant.now()));
    return new Page(
        result.works().stream().map(WorkView::of).toList(), result.total(), page, perPage);
  }

  /** The fandoms of all public works with their exact counts, most used first. */
  public List<TagCount> publicFandoms() {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.set("perPage", "1");
    params.set("facets", "true");
    WorkFinder.Result result =
        listing.find(Audience.everyone(), ListingQuery.parse(params, Instant.now()));
    if (result.facets() == null) {
      return List.of();
    }
    return result.facets().getOrDefault("fandoms", List.of()).stream()
        .map(f -> new TagCount(f.tag(), f.count()))
        .toList();
  }
}

package org.quire.listings;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quire.platform.PageContext;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.PageRenderBenchmark;
import org.quire.works.Pages;
import org.quire.works.WorkCard;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Rendering a tag's listing page with the precompiled JTE templates, the way {@code
 * TemplateConfiguration} sets up the engine, to a string: the model {@code ListingPageController}
 * puts in its own, built by hand, 20 blurbs (the cards of {@link PageRenderBenchmark}'s work) with
 * the filter sidebar's facets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ListingRenderBenchmark {
  private static final Instant UPDATED = Instant.parse("2025-11-03T18:22:05Z");

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, ListingRenderBenchmark.class.getClassLoader(), "org.quire");
  private final Map<String, Object> listingModel = new HashMap<>();
  private int listingPageLength = 4_096;

  @Setup
  public void setUp() {
    List<WorkCard> page = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      page.add(PageRenderBenchmark.card(2_000 + i));
    }
    MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
    filters.add("exclude", "Major Character Death");
    filters.add("sort", "kudos");
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>(filters);
    query.set("tag", "Good Omens (TV)");
    query.set("facets", "true");
    query.set("page", "2");
    TagRef fandom = new TagRef(40, "Good Omens (TV)", TagType.Fandom);
    listingModel.put(
        "ctx", new PageContext("/tags/Good%20Omens%20(TV)/works", null, Set.of(), null));
    listingModel.put("query", ListingQuery.parse(query, UPDATED));
    listingModel.put("filters", filters);
    listingModel.put("result", new WorkFinder.Result(page, 5_432, facets(), 0));
    listingModel.put("scope", fandom.name());
    listingModel.put("action", Pages.tagWorks(fandom.name()));
    listingModel.put("queryString", "exclude=Major+Character+Death&sort=kudos&page=2");
    listingModel.put("tag", fandom);

    listingPageLength = listingPage().length();
  }

  /** A tag's listing page (GET /tags/{name}/works) with 20 blurbs and the facet sidebar. */
  @Benchmark
  public String listingPage() {
    StringOutput out = new StringOutput(listingPageLength);
    engine.render("listings/listing.jte", listingModel, out);
    return out.toString();
  }

  /** Facets as {@code WorkFinder} gives them: every type, largest counts first. */
  private static Map<String, List<WorkFinder.Facet>> facets() {
    Map<String, List<WorkFinder.Facet>> facets = new LinkedHashMap<>();
    int type = 0;
    for (String name : WorkFinder.FACET_NAMES.values()) {
      List<WorkFinder.Facet> values = new ArrayList<>();
      int count = name.equals("rating") ? 5 : name.equals("warnings") ? 6 : 40;
      for (int i = 0; i < count; i++) {
        values.add(new WorkFinder.Facet(name + " tag " + type + "/" + i, 5_000L / (i + 1)));
      }
      facets.put(name, values);
      type++;
    }
    return facets;
  }
}

package org.quire.works;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.LocalDate;
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
import org.quire.accounts.PseudRef;
import org.quire.platform.PageContext;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Rendering pages with the precompiled JTE templates, the way {@code TemplateConfiguration} sets up
 * the engine, to a string. The models are what {@code WorkPageController} and {@code
 * ListingPageController} put in theirs, built by hand: chapter 3 of a 12-chapter work with a
 * 3,000-word sanitized body, and a listing page of 20 blurbs with the filter sidebar's facets. The
 * work page's {@code sections} (comments, kudos: other modules' HTML) are left empty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PageRenderBenchmark {
  private static final Instant UPDATED = Instant.parse("2025-11-03T18:22:05Z");

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, PageRenderBenchmark.class.getClassLoader(), "org.quire");
  private final Map<String, Object> workModel = new HashMap<>();
  private final Map<String, Object> listingModel = new HashMap<>();
  private int workPageLength = 4_096;
  private int listingPageLength = 4_096;

  @Setup
  public void setUp() {
    ChapterText text = new ChapterText();
    Work work = work(1234, text);
    Chapter chapter =
        new Chapter(
            9_003,
            work.id(),
            3,
            "Rain on the South Downs",
            text.toSafeFragment("In which the tea goes cold, *again*.", ChapterText.Field.PLAIN),
            "",
            text.toSafeFragment(
                "Thank you all for the lovely comments on the last chapter!",
                ChapterText.Field.NOTES),
            text.toSafeHtml(SampleChapters.html(3_000, 11), ChapterFormat.HTML),
            3_000,
            LocalDate.of(2025, 11, 3));
    workModel.put("ctx", new PageContext("/works/1234/chapters/3", null, Set.of(), null));
    workModel.put("work", work);
    workModel.put("chapters", List.of(chapter));
    workModel.put("full", false);
    workModel.put("position", 3);
    workModel.put("mine", false);
    workModel.put("sections", List.of());

    List<Work> page = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      page.add(work(2_000 + i, text));
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

    workPageLength = workPage().length();
    listingPageLength = listingPage().length();
  }

  /** The chapter page (GET /works/{id}/chapters/3) for a guest. */
  @Benchmark
  public String workPage() {
    StringOutput out = new StringOutput(workPageLength);
    engine.render("works/work.jte", workModel, out);
    return out.toString();
  }

  /** A tag's listing page (GET /tags/{name}/works) with 20 blurbs and the facet sidebar. */
  @Benchmark
  public String listingPage() {
    StringOutput out = new StringOutput(listingPageLength);
    engine.render("works/listing.jte", listingModel, out);
    return out.toString();
  }

  private static Work work(long id, ChapterText text) {
    List<TagRef> tags = new ArrayList<>();
    tags.add(new TagRef(2, "Teen And Up Audiences", TagType.Rating));
    tags.add(new TagRef(7, "No Archive Warnings Apply", TagType.ArchiveWarning));
    tags.add(new TagRef(14, "M/M", TagType.Category));
    tags.add(new TagRef(40, "Good Omens (TV)", TagType.Fandom));
    tags.add(new TagRef(41, "Good Omens - Neil Gaiman & Terry Pratchett", TagType.Fandom));
    tags.add(new TagRef(60, "Aziraphale/Crowley (Good Omens)", TagType.Relationship));
    tags.add(new TagRef(61, "Anathema Device/Newton Pulsifer", TagType.Relationship));
    for (String name : List.of("Aziraphale", "Crowley", "Anathema Device", "Newton Pulsifer")) {
      tags.add(new TagRef(100 + tags.size(), name + " (Good Omens)", TagType.Character));
    }
    for (String name :
        List.of(
            "Slow Burn",
            "Hurt/Comfort",
            "Domestic Fluff",
            "Cottagecore",
            "Rain",
            "Tea",
            "Post-Canon",
            "Found Family")) {
      tags.add(new TagRef(200 + tags.size(), name, TagType.Freeform));
    }
    List<Work.ChapterInfo> chapters = new ArrayList<>();
    for (int p = 1; p <= 12; p++) {
      chapters.add(
          new Work.ChapterInfo(
              9_000 + p,
              p,
              p % 3 == 0 ? "" : "Part " + p,
              3_000,
              LocalDate.of(2025, 1, 1).plusWeeks(p)));
    }
    return new Work(
        id,
        "The Long Way Round, Part " + id,
        text.toSafeFragment(SampleChapters.comment(90, id), ChapterText.Field.PLAIN),
        text.toSafeFragment(SampleChapters.comment(50, id + 1), ChapterText.Field.NOTES),
        "",
        "en",
        false,
        "anyone",
        12,
        true,
        36_000,
        12,
        Instant.parse("2025-01-08T09:00:00Z"),
        UPDATED,
        3,
        new Work.Stats(48_211, 1_532, 210, 305),
        List.of(new PseudRef(id, "inkwell", 10, "inkwell", true)),
        List.copyOf(tags),
        List.copyOf(chapters));
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

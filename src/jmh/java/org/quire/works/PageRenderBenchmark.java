package org.quire.works;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Rendering pages with the precompiled JTE templates, the way {@code TemplateConfiguration} sets up
 * the engine, to a string. The model is what {@code WorkPageController} puts in its own, built by
 * hand: chapter 3 of a 12-chapter work with a 3,000-word sanitized body. The work page's {@code
 * sections} (comments, kudos: other modules' HTML) are left empty. The listing page is the listings
 * module's {@code ListingRenderBenchmark}.
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
  private int workPageLength = 4_096;

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

    workPageLength = workPage().length();
  }

  /** The chapter page (GET /works/{id}/chapters/3) for a guest. */
  @Benchmark
  public String workPage() {
    StringOutput out = new StringOutput(workPageLength);
    engine.render("works/work.jte", workModel, out);
    return out.toString();
  }

  /**
   * A posted work's card as listings show it, for the listing benchmark: 12 chapters, twenty tags,
   * summary and notes.
   */
  public static WorkCard card(long id) {
    return WorkCard.of(work(id, new ChapterText()));
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
}

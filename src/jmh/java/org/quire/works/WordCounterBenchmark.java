package org.quire.works;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quire.listings.HtmlText;

/**
 * The archive's word count on a saved (sanitized) chapter, as posting runs it, split into its two
 * halves: the jsoup parse that finds the text, and the counting pass over that text. {@link
 * HtmlText#of}, the indexer's quick way to the text, is measured beside them for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WordCounterBenchmark {
  /** Words in the chapter: a typical chapter, and a very long one. */
  @Param({"3000", "50000"})
  public int words;

  private String html;
  private String text;

  @Setup
  public void setUp() {
    html = new ChapterText().toSafeHtml(SampleChapters.html(words, 42), ChapterFormat.HTML);
    text = Jsoup.parseBodyFragment(html).body().text();
  }

  /** What posting and editing a chapter pay: {@code WordCounter.count} on the sanitized body. */
  @Benchmark
  public int count() {
    return WordCounter.count(html);
  }

  /** The counting pass alone, over text already extracted. */
  @Benchmark
  public int countText() {
    return WordCounter.countText(text);
  }

  /** The parse alone: most of what {@link #count} costs. */
  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parseBodyFragment(html);
  }

  /** The indexer's text extraction from the same HTML, which does not parse. */
  @Benchmark
  public String htmlText() {
    return HtmlText.of(html);
  }
}

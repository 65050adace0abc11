package org.quire.works;

import java.util.concurrent.TimeUnit;
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

/**
 * Posting a chapter's text: {@link ChapterText#toSafeHtml} (Markdown rendering when the writer
 * chose Markdown, then the allowlist sanitizer and jsoup's well-formedness pass), and the whole of
 * what {@code WorkService} does with a chapter body on save, which adds the word count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChapterTextBenchmark {
  /** How the writer typed the chapter. */
  @Param({"html", "markdown"})
  public String format;

  @Param({"3000", "50000"})
  public int words;

  private final ChapterText chapterText = new ChapterText();
  private ChapterFormat chapterFormat;
  private String typed;

  @Setup
  public void setUp() {
    chapterFormat = ChapterFormat.parse(format);
    typed =
        chapterFormat == ChapterFormat.MARKDOWN
            ? SampleChapters.markdown(words, 7)
            : SampleChapters.html(words, 7);
  }

  /** The sanitizer path alone: typed text in, safe well-formed HTML out. */
  @Benchmark
  public String toSafeHtml() {
    return chapterText.toSafeHtml(typed, chapterFormat);
  }

  /** What saving the chapter body costs: sanitizing it, then counting the words of the result. */
  @Benchmark
  public int saveChapterBody() {
    return WordCounter.count(chapterText.toSafeHtml(typed, chapterFormat));
  }
}

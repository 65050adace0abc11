package org.quire.works;

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

/**
 * {@link UserText#safeHtml}, the entry point other modules use for comments and bookmark notes, on
 * a 150-word comment typed as two plain paragraphs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UserTextBenchmark {
  private final UserText userText = new UserText(new ChapterText());
  private String comment;

  @Setup
  public void setUp() {
    comment = SampleChapters.comment(150, 3);
  }

  @Benchmark
  public String comment() {
    return userText.safeHtml(comment);
  }
}

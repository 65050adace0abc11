package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Batches read ahead arrive in order, and a failure on either side ends both. */
class ReadAheadTest {

  @Test
  void everyBatchIsWrittenInTheOrderItWasRead() throws IOException {
    List<Integer> written = new ArrayList<>();
    ReadAhead.<Integer>run(
        batches -> {
          for (int i = 0; i < 1_000; i++) {
            batches.accept(i);
          }
        },
        written::add);
    assertThat(written).hasSize(1_000).isSorted();
  }

  @Test
  void aFailedReadIsThrownToTheWriter() {
    List<Integer> written = new ArrayList<>();
    assertThatThrownBy(
            () ->
                ReadAhead.<Integer>run(
                    batches -> {
                      batches.accept(1);
                      throw new IllegalStateException("the database went away");
                    },
                    written::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the database went away");
  }

  @Test
  void aFailedWriteStopsTheReader() throws InterruptedException {
    AtomicInteger read = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ReadAhead.<Integer>run(
                    batches -> {
                      for (int i = 0; i < 1_000_000; i++) {
                        batches.accept(i);
                        read.incrementAndGet();
                      }
                    },
                    batch -> {
                      if (batch == 5) {
                        throw new IOException("disk full");
                      }
                    }))
        .isInstanceOf(IOException.class);
    Thread.sleep(300);
    int after = read.get();
    Thread.sleep(300);
    assertThat(read.get()).as("the reader stopped").isEqualTo(after).isLessThan(100);
  }
}

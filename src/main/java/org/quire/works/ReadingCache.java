package org.quire.works;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps popular works and chapters in memory so that reading a chapter costs no database round
 * trip. Chapters are keyed on the work's version, which every change bumps, so a cached chapter is
 * never stale; a work is dropped after each committed change (and its counters refresh within
 * {@link #WORK_TTL}).
 */
@Component
class ReadingCache {
  static final Duration WORK_TTL = Duration.ofSeconds(30);
  private final Cache<Long, Work> works =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(WORK_TTL).build();
  private final Cache<ChapterKey, Chapter> chapters =
      Caffeine.newBuilder()
          .maximumWeight(256L * 1024 * 1024)
          .weigher((ChapterKey k, Chapter c) -> 256 + 2 * c.body().length())
          .build();

  Optional<Work> work(long id, Supplier<Optional<Work>> loader) {
    Work cached = works.getIfPresent(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Work> loaded = loader.get();
    loaded.ifPresent(w -> works.put(id, w));
    return loaded;
  }

  /** These works in this order, loading the ones not in memory in one batch. */
  List<Work> works(List<Long> ids, Function<List<Long>, List<Work>> loader) {
    Map<Long, Work> found = new HashMap<>(works.getAllPresent(ids));
    List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
    for (Work work : loader.apply(missing)) {
      works.put(work.id(), work);
      found.put(work.id(), work);
    }
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  Optional<Chapter> chapter(Work work, int position, Supplier<Optional<Chapter>> loader) {
    ChapterKey key = new ChapterKey(work.id(), work.version(), position);
    Chapter cached = chapters.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Chapter> loaded = loader.get();
    loaded.ifPresent(c -> chapters.put(key, c));
    return loaded;
  }

  void evict(Collection<Long> workIds) {
    works.invalidateAll(workIds);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorkEvent event) {
    works.invalidate(event.workId());
  }

  /**
   * Where changed counters (hits, kudos…) leave the cache: after their commit, since a reader may
   * have cached the old ones while the transaction ran.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorkCountsChanged event) {
    works.invalidateAll(event.workIds());
  }

  private record ChapterKey(long workId, long version, int position) {}
}

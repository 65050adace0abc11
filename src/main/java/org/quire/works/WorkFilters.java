package org.quire.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.quire.platform.JobHandler;
import org.quire.platform.Jobs;
import org.quire.tags.TagsWrangled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Each work's filter set ({@code work_filters}): the canonical tag of each of its tags (itself when
 * canonical or unwrangled), plus every metatag above those. Posting computes it at once; a
 * wrangling change queues a job in its transaction, which recomputes it for the affected works, one
 * batch of works per transaction, in set-based SQL.
 */
@Component
class WorkFilters implements JobHandler {
  private static final Logger log = LoggerFactory.getLogger(WorkFilters.class);
  static final int BATCH = 20_000;
  // Only the rows that change are written: a wrangling change adds or removes one or two tags of
  // each affected work, and rewriting all twenty of its rows cost most of the time until listings
  // showed it.
  private static final String RECOMPUTE =
      "with recursive base as ("
          + " select wt.work_id, coalesce(t.synonym_of, t.id) as tag_id from work_tags wt"
          + " join tags t on t.id = wt.tag_id where wt.work_id = any(?)),"
          + " closure(work_id, tag_id) as (select work_id, tag_id from base union"
          + " select c.work_id, m.meta_id from closure c join meta_tags m on m.sub_id = c.tag_id),"
          + " gone as (delete from work_filters f where f.work_id = any(?) and not exists"
          + " (select 1 from closure c where c.work_id = f.work_id and c.tag_id = f.tag_id))"
          + " insert into work_filters (work_id, tag_id) select work_id, tag_id from closure"
          + " on conflict do nothing";

  private static final String KIND = "works.refilter";
  // Recomputations from any node run one batch at a time: each batch's statement then starts after
  // the previous one committed and sees its rows, so an older wrangling state is never written
  // over a newer one.
  private static final long LOCK = 0x717569726546L;

  private final JdbcClient jdbc;
  private final TransactionTemplate batches;
  private final ReadingCache cache;
  private final ApplicationEventPublisher events;
  private final Jobs jobs;

  WorkFilters(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      ReadingCache cache,
      ApplicationEventPublisher events,
      Jobs jobs) {
    this.events = events;
    this.jdbc = jdbc;
    this.batches = new TransactionTemplate(transactionManager);
    batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.cache = cache;
    this.jobs = jobs;
  }

  /** Recomputes the filter sets of these works (inside the caller's transaction). */
  void refresh(Collection<Long> workIds) {
    if (workIds.isEmpty()) {
      return;
    }
    Long[] ids = workIds.toArray(Long[]::new);
    jdbc.sql(RECOMPUTE).params(ids, ids).update();
  }

  /** Queued in the wrangling transaction, so that a crash cannot lose the recomputation. */
  @EventListener
  void on(TagsWrangled event) {
    if (!event.tagIds().isEmpty()) {
      jobs.enqueue(KIND, new Refilter(List.copyOf(event.tagIds())));
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(JsonNode payload) {
    List<Long> tags = new ArrayList<>();
    payload.path("tagIds").forEach(id -> tags.add(id.asLong()));
    recomputeAround(tags);
  }

  /**
   * Works carrying these tags (or their synonyms), or found under them today. Each batch commits on
   * its own; running this twice gives the same rows.
   */
  void recomputeAround(Collection<Long> tagIds) {
    Long[] tags = tagIds.toArray(Long[]::new);
    List<Long> works =
        jdbc.sql(
                "select work_id from work_tags where tag_id = any(:tags)"
                    + " or tag_id in (select id from tags where synonym_of = any(:tags))"
                    + " union select work_id from work_filters where tag_id = any(:tags)")
            .param("tags", tags)
            .query(Long.class)
            .list();
    for (int from = 0; from < works.size(); from += BATCH) {
      List<Long> batch = new ArrayList<>(works.subList(from, Math.min(works.size(), from + BATCH)));
      batches.executeWithoutResult(
          status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
            refresh(batch);
          });
    }
    cache.evict(works);
    if (!works.isEmpty()) {
      events.publishEvent(new WorksRefiltered(works));
    }
    log.debug("Recomputed filter sets of {} works after wrangling {}", works.size(), tagIds);
  }

  private record Refilter(List<Long> tagIds) {}
}

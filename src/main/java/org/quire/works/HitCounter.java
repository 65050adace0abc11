package org.quire.works;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.quire.accounts.Viewer;
import org.quire.platform.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts one hit per reader (account, or keyed hash of the address) per work per day. Page views
 * only note the visit in memory; a flush every two seconds writes them, so counting never slows a
 * page. Addresses are never stored.
 */
@Component
class HitCounter {
  private final WorkRepository works;
  private final ReadingCache cache;
  private final ApplicationEventPublisher events;
  private final SecretKeySpec key;
  private final Set<Visit> pending = ConcurrentHashMap.newKeySet();

  HitCounter(
      WorkRepository works, ReadingCache cache, Secrets secrets, ApplicationEventPublisher events) {
    this.events = events;
    this.works = works;
    this.cache = cache;
    this.key = new SecretKeySpec(secrets.key("visitor-hmac"), "HmacSHA256");
  }

  /** Notes a reading of a posted work; creators' own views and guests on restricted works skip. */
  void record(Viewer viewer, Work work, String remoteAddress) {
    if (!work.posted()
        || work.createdBy(viewer.accountId())
        || (work.restricted() && viewer.isGuest())) {
      return;
    }
    String visitor = viewer.isGuest() ? "ip:" + hash(remoteAddress) : "u:" + viewer.accountId();
    pending.add(new Visit(work.id(), visitor));
  }

  @Scheduled(fixedDelay = 2000)
  @Transactional
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Map<Long, Integer> hits = new HashMap<>();
    for (Visit visit : Set.copyOf(pending)) {
      pending.remove(visit);
      if (works.recordVisit(visit.workId(), visit.visitor())) {
        hits.merge(visit.workId(), 1, Integer::sum);
      }
    }
    works.addHits(hits);
    cache.evict(hits.keySet());
    if (!hits.isEmpty()) {
      events.publishEvent(new WorkCountsChanged(List.copyOf(hits.keySet())));
    }
  }

  private String hash(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Visit(long workId, String visitor) {}
}

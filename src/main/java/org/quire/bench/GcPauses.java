package org.quire.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses while a pass runs, from the JVM's own notifications: how many, their sum
 * and the longest. A listing's tail is often one of them, so the report prints them beside it. The
 * bench and the archive share the JVM, so these are the archive's pauses and the client's.
 */
final class GcPauses implements AutoCloseable, NotificationListener {
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final AtomicLong count = new AtomicLong();
  private final AtomicLong totalMs = new AtomicLong();
  private final AtomicLong maxMs = new AtomicLong();

  /** What was seen: pauses, their total and the longest, in milliseconds. */
  record Seen(long count, long totalMs, long maxMs) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%d GC pauses, %d ms in all, the longest %d ms",
          count,
          totalMs,
          maxMs);
    }
  }

  private GcPauses() {}

  /** Starts counting; {@link #seen()} reads the figures, {@link #close()} stops. */
  static GcPauses watch() {
    GcPauses pauses = new GcPauses();
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      // G1's and ZGC's concurrent cycles are reported by beans of their own; they are not pauses.
      String name = bean.getName();
      if (bean instanceof NotificationEmitter emitter
          && !name.contains("Concurrent")
          && !name.contains("Cycles")) {
        emitter.addNotificationListener(pauses, null, null);
        pauses.emitters.add(emitter);
      }
    }
    return pauses;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long ms = info.getGcInfo().getDuration();
    count.incrementAndGet();
    totalMs.addAndGet(ms);
    maxMs.accumulateAndGet(ms, Math::max);
  }

  Seen seen() {
    return new Seen(count.get(), totalMs.get(), maxMs.get());
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // Already gone: nothing to stop.
      }
    }
  }
}

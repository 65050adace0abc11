package org.quire.interactions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.time.Instant;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.platform.AddressKeys;
import org.quire.platform.Plural;
import org.quire.platform.QuireProperties;
import org.quire.platform.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * Guests (by address) and accounts younger than a week may post {@code
 * QUIRE_LIMIT_COMMENTS_PER_QUARTER_HOUR} comments per 15 minutes (default 3); beyond, a 429 says
 * when to try again. Established accounts are not limited here.
 */
@Component
class CommentThrottle {
  static final Duration WINDOW = Duration.ofMinutes(15);
  private final int perWindow;
  private final AccountDirectory accounts;
  private final AddressKeys guests;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(100_000).build();

  CommentThrottle(QuireProperties properties, AccountDirectory accounts, AddressKeys guests) {
    this.perWindow = properties.limits().commentsPerQuarterHour();
    this.accounts = accounts;
    this.guests = guests;
  }

  void check(Viewer viewer, String address) {
    String key;
    if (viewer.isGuest()) {
      key = "guest:" + guests.of(address);
    } else {
      Instant now = Instant.now();
      if (!accounts.contact(viewer.accountId()).map(c -> c.isNew(now)).orElse(false)) {
        return;
      }
      key = "account:" + viewer.accountId();
    }
    Bucket bucket =
        buckets.get(
            key,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(perWindow)
                            .refillGreedy(perWindow, WINDOW)
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
      throw new RateLimitedException(
          "You are commenting too fast: new accounts and guests may post "
              + Plural.count(perWindow, "comment")
              + " every 15 minutes. Try again in "
              + Plural.count(seconds, "second")
              + ".",
          seconds);
    }
  }
}

package org.quire.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.quire.platform.QuireProperties;
import org.quire.platform.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for log-in and token requests: every attempt counts against the client's
 * address, and failed attempts count against the login name, so that guessing one account's
 * password is slow from anywhere while its owner can still sign in from elsewhere... until the
 * failures for that name run out.
 */
@Component
class LoginThrottle {
  private static final Duration NAME_WINDOW = Duration.ofMinutes(15);

  private final int perIpPerMinute;
  private final int failuresPerName;
  private final Cache<String, Bucket> byIp =
      Caffeine.newBuilder().expireAfterAccess(10, TimeUnit.MINUTES).maximumSize(100_000).build();
  private final Cache<String, Bucket> byName =
      Caffeine.newBuilder().expireAfterAccess(30, TimeUnit.MINUTES).maximumSize(100_000).build();

  LoginThrottle(QuireProperties properties) {
    this.perIpPerMinute = properties.limits().loginPerIpPerMinute();
    this.failuresPerName = properties.limits().loginFailuresPerName();
  }

  /** Counts an attempt from {@code ip} for {@code login}; throws 429 when either limit is spent. */
  void beforeAttempt(String ip, String login) {
    ConsumptionProbe probe = ipBucket(ip).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw limited(probe.getNanosToWaitForRefill());
    }
    Bucket name = nameBucket(login);
    if (name.getAvailableTokens() < 1) {
      throw limited(name.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }
  }

  void failed(String login) {
    nameBucket(login).tryConsume(1);
  }

  private Bucket ipBucket(String ip) {
    return byIp.get(
        ip,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(perIpPerMinute)
                        .refillGreedy(perIpPerMinute, Duration.ofMinutes(1))
                        .build())
                .build());
  }

  private Bucket nameBucket(String login) {
    return byName.get(
        login.trim().toLowerCase(Locale.ROOT),
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(failuresPerName)
                        .refillGreedy(failuresPerName, NAME_WINDOW)
                        .build())
                .build());
  }

  private static RateLimitedException limited(long nanosToWait) {
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait) + 1);
    return new RateLimitedException(
        "Too many log-in attempts. Try again in " + seconds + " seconds.", seconds);
  }
}

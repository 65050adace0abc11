package org.quire.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.quire.platform.Plural;
import org.quire.platform.QuireProperties;
import org.quire.platform.RateLimitedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for log-in and token requests, by address first (as AO3 and GitHub do):
 *
 * <ul>
 *   <li>every attempt counts against the client's address ({@code loginPerIpPerMinute});
 *   <li>failed attempts count against the account, whether it was named by username or email
 *       ({@code loginFailuresPerName} per 15 minutes; an unknown login counts as itself);
 *   <li>once an account's failures are spent, only addresses with no failed log-in in the last 15
 *       minutes may still try it. A guesser fails and is shut out; the owner, typing the right
 *       password from where they always do, is not locked out by someone else's guessing. Guessing
 *       from many addresses then costs one fresh address per guess per 15 minutes.
 * </ul>
 *
 * Counts are in memory: on several nodes each node counts its own share.
 */
@Component
class LoginThrottle {
  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final int perIpPerMinute;
  private final int failuresPerAccount;
  private final Function<String, String> accountOf;
  private final Cache<String, Bucket> byIp =
      Caffeine.newBuilder().expireAfterAccess(10, TimeUnit.MINUTES).maximumSize(100_000).build();
  private final Cache<String, Bucket> byAccount =
      Caffeine.newBuilder().expireAfterAccess(30, TimeUnit.MINUTES).maximumSize(100_000).build();
  private final Cache<String, Boolean> failingAddresses =
      Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();

  @Autowired
  LoginThrottle(QuireProperties properties, AccountRepository accounts) {
    this(
        properties.limits().loginPerIpPerMinute(),
        properties.limits().loginFailuresPerName(),
        login ->
            accounts
                .findByLogin(login.trim())
                .map(a -> "account:" + a.id())
                .orElseGet(() -> "login:" + login.trim().toLowerCase(Locale.ROOT)));
  }

  /** {@code accountOf} names the account a login means, the same for its username and email. */
  LoginThrottle(int perIpPerMinute, int failuresPerAccount, Function<String, String> accountOf) {
    this.perIpPerMinute = perIpPerMinute;
    this.failuresPerAccount = failuresPerAccount;
    this.accountOf = accountOf;
  }

  /** Counts an attempt from {@code ip} for {@code login}; throws 429 when it may not be made. */
  void beforeAttempt(String ip, String login) {
    ConsumptionProbe probe = ipBucket(ip).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw limited(probe.getNanosToWaitForRefill());
    }
    Bucket account = accountBucket(login);
    if (account.getAvailableTokens() < 1 && failingAddresses.getIfPresent(ip) != null) {
      throw limited(account.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }
  }

  /** A wrong password (or unknown login) from {@code ip}. */
  void failed(String ip, String login) {
    accountBucket(login).tryConsume(1);
    failingAddresses.put(ip, Boolean.TRUE);
  }

  private Bucket ipBucket(String ip) {
    return byIp.get(ip, k -> bucket(perIpPerMinute, Duration.ofMinutes(1)));
  }

  private Bucket accountBucket(String login) {
    return byAccount.get(accountOf.apply(login), k -> bucket(failuresPerAccount, WINDOW));
  }

  private static Bucket bucket(int capacity, Duration period) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }

  private static RateLimitedException limited(long nanosToWait) {
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait) + 1);
    return new RateLimitedException(
        "Too many log-in attempts. Try again in " + Plural.count(seconds, "second") + ".", seconds);
  }
}

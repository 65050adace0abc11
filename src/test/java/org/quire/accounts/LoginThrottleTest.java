package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.platform.RateLimitedException;

class LoginThrottleTest {
  /** Alice logs in as "alice" or "alice@example.org": one account. */
  private static final Map<String, String> ACCOUNTS =
      Map.of("alice", "account:1", "alice@example.org", "account:1", "bob", "account:2");

  private static LoginThrottle throttle(int perIp, int perAccount) {
    return new LoginThrottle(
        perIp,
        perAccount,
        login -> {
          String key = login.trim().toLowerCase(Locale.ROOT);
          return ACCOUNTS.getOrDefault(key, "login:" + key);
        });
  }

  @Test
  void everyAttemptCountsAgainstTheAddress() {
    LoginThrottle throttle = throttle(3, 100);
    for (int i = 0; i < 3; i++) {
      throttle.beforeAttempt("10.0.0.1", "user" + i);
    }
    assertThatThrownBy(() -> throttle.beforeAttempt("10.0.0.1", "someone"))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 60L));
    throttle.beforeAttempt("10.0.0.2", "someone");
  }

  @Test
  void onlyFailuresCountAgainstTheAccount() {
    LoginThrottle throttle = throttle(1000, 2);
    throttle.beforeAttempt("10.0.0.1", "Alice");
    throttle.beforeAttempt("10.0.0.1", "Alice");
    throttle.beforeAttempt("10.0.0.1", "Alice");
    throttle.failed("10.0.0.1", "alice");
    throttle.failed("10.0.0.1", "ALICE");
    assertThatThrownBy(() -> throttle.beforeAttempt("10.0.0.1", "alice"))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void failuresByUsernameAndByEmailAreOneAccountsFailures() {
    LoginThrottle throttle = throttle(1000, 2);
    throttle.failed("10.0.0.1", "alice");
    throttle.failed("10.0.0.1", "alice@example.org");
    assertThatThrownBy(() -> throttle.beforeAttempt("10.0.0.1", "Alice@Example.org "))
        .isInstanceOf(RateLimitedException.class);
    assertThatThrownBy(() -> throttle.beforeAttempt("10.0.0.1", "alice"))
        .isInstanceOf(RateLimitedException.class);
    // Bob's account is another count.
    throttle.beforeAttempt("10.0.0.1", "bob");
  }

  @Test
  void aLockedAccountStillLetsInAnAddressThatHasNotBeenFailing() {
    LoginThrottle throttle = throttle(1000, 2);
    throttle.failed("203.0.113.66", "alice");
    throttle.failed("203.0.113.66", "alice");
    assertThatThrownBy(() -> throttle.beforeAttempt("203.0.113.66", "alice"))
        .isInstanceOf(RateLimitedException.class);
    // The owner, elsewhere, may try.
    throttle.beforeAttempt("198.51.100.7", "alice@example.org");
    // A guesser at a fresh address gets one try: after failing it is shut out too.
    throttle.beforeAttempt("192.0.2.1", "alice");
    throttle.failed("192.0.2.1", "alice");
    assertThatThrownBy(() -> throttle.beforeAttempt("192.0.2.1", "alice"))
        .isInstanceOf(RateLimitedException.class);
  }
}

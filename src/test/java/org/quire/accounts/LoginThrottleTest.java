package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quire.platform.QuireProperties;
import org.quire.platform.RateLimitedException;

class LoginThrottleTest {

  private static LoginThrottle throttle(int perIp, int perName) {
    return new LoginThrottle(
        new QuireProperties(
            Path.of("unused"),
            new QuireProperties.Database(null, null, null),
            QuireProperties.RegistrationMode.OPEN,
            new QuireProperties.Admin(null, null),
            new QuireProperties.Limits(1024, perIp, perName, 3, 1024, 1024, 1, 1),
            new QuireProperties.Smtp(null, 587, null, null, "quire@localhost"),
            new QuireProperties.Downloads(QuireProperties.RemoteImages.NONE),
            new QuireProperties.Jobs(true)));
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
  void onlyFailuresCountAgainstTheName() {
    LoginThrottle throttle = throttle(1000, 2);
    throttle.beforeAttempt("10.0.0.1", "Alice");
    throttle.beforeAttempt("10.0.0.1", "Alice");
    throttle.beforeAttempt("10.0.0.1", "Alice");
    throttle.failed("alice");
    throttle.failed("ALICE");
    assertThatThrownBy(() -> throttle.beforeAttempt("10.0.0.9", "alice"))
        .isInstanceOf(RateLimitedException.class);
  }
}

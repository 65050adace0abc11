package org.quire.accounts;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.platform.AddressKeys;
import org.quire.platform.QuireProperties;
import org.quire.platform.RecentActions;
import org.quire.testing.Settings;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The suite's sign-up limit, set very high (every test signs up from loopback), until a test lowers
 * it to reach it. While lowered, each sign-up is counted by a real {@link SignUpLimit} built with
 * the lower setting. Registered for the whole suite by {@code IntegrationTest}, so the limit test
 * needs no Spring context of its own.
 */
@Primary
public class LowerableSignUpLimit extends SignUpLimit {
  private final Environment environment;
  private final RecentActions actions;
  private final AddressKeys addresses;
  private volatile @Nullable SignUpLimit lowered;

  LowerableSignUpLimit(
      QuireProperties properties,
      Environment environment,
      RecentActions actions,
      AddressKeys addresses) {
    super(properties, actions, addresses);
    this.environment = environment;
    this.actions = actions;
    this.addresses = addresses;
  }

  /** An address may sign up {@code perHour} accounts an hour until restored. */
  void lower(int perHour) {
    QuireProperties settings =
        Settings.with(environment, Map.of("quire.limits.signups-per-address-per-hour", perHour));
    lowered = new SignUpLimit(settings, actions, addresses);
  }

  /** The suite's limit again. */
  void restore() {
    lowered = null;
  }

  @Override
  void take(String address) {
    SignUpLimit limit = lowered;
    if (limit == null) {
      super.take(address);
    } else {
      limit.take(address);
    }
  }
}

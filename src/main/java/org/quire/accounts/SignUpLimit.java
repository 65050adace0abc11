package org.quire.accounts;

import java.time.Duration;
import org.quire.platform.AddressKeys;
import org.quire.platform.Plural;
import org.quire.platform.QuireProperties;
import org.quire.platform.RecentActions;
import org.springframework.stereotype.Component;

/**
 * At most {@code QUIRE_LIMIT_SIGNUPS_PER_ADDRESS_PER_HOUR} accounts per client address per hour
 * (default 20: a classroom behind one address signs up; a script does not). Counted in PostgreSQL
 * by a keyed hash of the address; only sign-ups that succeed count.
 */
@Component
class SignUpLimit {
  private static final Duration WINDOW = Duration.ofHours(1);
  private final RecentActions actions;
  private final AddressKeys addresses;
  private final int perHour;

  SignUpLimit(QuireProperties properties, RecentActions actions, AddressKeys addresses) {
    this.perHour = properties.limits().signupsPerAddressPerHour();
    this.actions = actions;
    this.addresses = addresses;
  }

  /** Counts a sign-up from {@code address} in the caller's transaction; 429 when spent. */
  void take(String address) {
    int limit = perHour;
    actions.record(
        "signup",
        addresses.of(address),
        limit,
        WINDOW,
        seconds ->
            "Too many accounts were created from your address: at most "
                + limit
                + " an hour. Try again in "
                + Plural.count(seconds, "second")
                + ".");
  }
}

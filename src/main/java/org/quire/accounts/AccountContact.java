package org.quire.accounts;

import java.time.Duration;
import java.time.Instant;

/** How to reach an account's owner, and since when the account exists. */
public record AccountContact(long id, String username, String email, Instant createdAt) {
  /**
   * How long an account counts as new: its comments are rate limited like a guest's and its posting
   * is limited (QUIRE_LIMIT_NEW_ACCOUNT_*), as a fresh account is what a spammer has.
   */
  public static final Duration NEW_ACCOUNT_AGE = Duration.ofDays(7);

  /** Whether the account is younger than {@link #NEW_ACCOUNT_AGE} at {@code now}. */
  public boolean isNew(Instant now) {
    return Duration.between(createdAt, now).compareTo(NEW_ACCOUNT_AGE) < 0;
  }
}

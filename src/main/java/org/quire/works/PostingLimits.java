package org.quire.works;

import java.time.Duration;
import java.time.Instant;
import org.quire.accounts.AccountContact;
import org.quire.accounts.AccountDirectory;
import org.quire.platform.Plural;
import org.quire.platform.QuireProperties;
import org.quire.platform.RecentActions;
import org.springframework.stereotype.Component;

/**
 * Accounts younger than a week ({@link AccountContact#NEW_ACCOUNT_AGE}, as for comments) may create
 * {@code QUIRE_LIMIT_NEW_ACCOUNT_WORKS_PER_DAY} works per 24 hours and add {@code
 * QUIRE_LIMIT_NEW_ACCOUNT_CHAPTERS_PER_HOUR} chapters per hour; beyond, 429. Counted in PostgreSQL
 * as actions rather than as rows of {@code works}, so deleting and posting again does not reset the
 * count, and the limit holds across nodes. Established accounts are not limited here.
 */
@Component
class PostingLimits {
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private final AccountDirectory accounts;
  private final RecentActions actions;
  private final int worksPerDay;
  private final int chaptersPerHour;

  PostingLimits(QuireProperties properties, AccountDirectory accounts, RecentActions actions) {
    this.worksPerDay = properties.limits().newAccountWorksPerDay();
    this.chaptersPerHour = properties.limits().newAccountChaptersPerHour();
    this.accounts = accounts;
    this.actions = actions;
  }

  /** Counts a new work by {@code accountId} in the caller's transaction; 429 when spent. */
  void takeWork(long accountId) {
    int limit = worksPerDay;
    if (isNew(accountId)) {
      actions.record(
          "work",
          Long.toString(accountId),
          limit,
          DAY,
          seconds -> message(Plural.count(limit, "work") + " a day", seconds));
    }
  }

  /** Counts a chapter added by {@code accountId} in the caller's transaction; 429 when spent. */
  void takeChapter(long accountId) {
    int limit = chaptersPerHour;
    if (isNew(accountId)) {
      actions.record(
          "chapter",
          Long.toString(accountId),
          limit,
          HOUR,
          seconds -> message(Plural.count(limit, "chapter") + " an hour", seconds));
    }
  }

  private boolean isNew(long accountId) {
    Instant now = Instant.now();
    return accounts.contact(accountId).map(c -> c.isNew(now)).orElse(false);
  }

  private static String message(String limit, long seconds) {
    return "You are posting too fast: accounts younger than a week may post "
        + limit
        + ". Try again in "
        + Plural.count(seconds, "second")
        + ".";
  }
}

package org.quire.works;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.platform.QuireProperties;
import org.quire.platform.RecentActions;
import org.quire.testing.Settings;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The suite's posting limits, set very high (it posts a lot from new accounts), until a test lowers
 * them to reach them. While lowered, each check is made by a real {@link PostingLimits} built with
 * the lower settings. Registered for the whole suite by {@code IntegrationTest}, so the limit tests
 * need no Spring context of their own.
 */
@Primary
public class LowerablePostingLimits extends PostingLimits {
  private final Environment environment;
  private final AccountDirectory accounts;
  private final RecentActions actions;
  private volatile @Nullable PostingLimits lowered;

  LowerablePostingLimits(
      QuireProperties properties,
      Environment environment,
      AccountDirectory accounts,
      RecentActions actions) {
    super(properties, accounts, actions);
    this.environment = environment;
    this.accounts = accounts;
    this.actions = actions;
  }

  /** New accounts may post {@code worksPerDay} and add {@code chaptersPerHour} until restored. */
  void lower(int worksPerDay, int chaptersPerHour) {
    QuireProperties settings =
        Settings.with(
            environment,
            Map.of(
                "quire.limits.new-account-works-per-day", worksPerDay,
                "quire.limits.new-account-chapters-per-hour", chaptersPerHour));
    lowered = new PostingLimits(settings, accounts, actions);
  }

  /** The suite's limits again. */
  void restore() {
    lowered = null;
  }

  @Override
  void takeWork(long accountId) {
    PostingLimits limits = lowered;
    if (limits == null) {
      super.takeWork(accountId);
    } else {
      limits.takeWork(accountId);
    }
  }

  @Override
  void takeChapter(long accountId) {
    PostingLimits limits = lowered;
    if (limits == null) {
      super.takeChapter(accountId);
    } else {
      limits.takeChapter(accountId);
    }
  }
}

package org.quire.interactions;

import org.quire.accounts.AccountDirectory;
import org.quire.platform.InboxCount;
import org.springframework.stereotype.Component;

/** The header's inbox count, from the inbox. */
@Component
class UnreadInbox implements InboxCount {
  private final AccountDirectory accounts;
  private final Inbox inbox;

  UnreadInbox(AccountDirectory accounts, Inbox inbox) {
    this.accounts = accounts;
    this.inbox = inbox;
  }

  @Override
  public long unread(String username) {
    return accounts.accountIdOf(username).map(inbox::unread).orElse(0L);
  }
}

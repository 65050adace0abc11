package org.quire.accounts;

import org.quire.platform.QuireProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates (or resets the password of) the account named by {@code QUIRE_ADMIN_USERNAME} and gives
 * it the admin role, at every start, so a lost admin password is fixed by a restart.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  private final QuireProperties properties;
  private final AccountService accounts;

  AdminBootstrap(QuireProperties properties, AccountService accounts) {
    this.properties = properties;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    QuireProperties.Admin admin = properties.admin();
    if (!admin.configured()) {
      return;
    }
    String username = admin.username().trim();
    // An admin created this way has no real address; it can be changed in settings later.
    Account account = accounts.ensureAdmin(username, username + "@admin.invalid", admin.password());
    log.info("Admin account '{}' is ready", account.username());
  }
}

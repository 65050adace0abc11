package org.quire.accounts;

import java.util.List;
import org.quire.platform.ApiException;
import org.quire.platform.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins grant and remove roles; the change applies at the user's next sign-in or token. */
@Service
class RoleService {
  private final AccountRepository accounts;
  private final JdbcClient jdbc;

  RoleService(AccountRepository accounts, JdbcClient jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  @Transactional
  void grant(String username, String role) {
    accounts.grant(account(username), parse(role));
  }

  @Transactional
  void revoke(String username, String role) {
    accounts.revoke(account(username), parse(role));
  }

  List<String> holders(Role role) {
    return jdbc.sql(
            "select a.username from accounts a join account_roles r on r.account_id = a.id"
                + " where r.role = ? order by lower(a.username)")
        .param(role.label())
        .query(String.class)
        .list();
  }

  private long account(String username) {
    return accounts.findByUsername(username).orElseThrow(() -> ApiException.notFound("User")).id();
  }

  private static Role parse(String role) {
    if (role.equals(Role.WRANGLER.label()) || role.equals(Role.ADMIN.label())) {
      return Role.fromLabel(role);
    }
    new Validation().add("role", "must be wrangler or admin").throwIfInvalid();
    throw new IllegalStateException("unreachable");
  }
}

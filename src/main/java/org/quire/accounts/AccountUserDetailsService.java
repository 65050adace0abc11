package org.quire.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Log-in by username or email, in any case. */
@Component
class AccountUserDetailsService implements UserDetailsService {
  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String login) {
    return accounts
        .findByLogin(login.trim())
        .map(a -> new AccountPrincipal(a.id(), a.username(), a.passwordHash(), a.roles()))
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }
}

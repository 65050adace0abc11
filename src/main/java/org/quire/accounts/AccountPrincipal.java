package org.quire.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated account as Spring Security holds it; kept in the session, so serializable. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private @Nullable String passwordHash;
  private final EnumSet<Role> roles;

  AccountPrincipal(long id, String username, @Nullable String passwordHash, Set<Role> roles) {
    this.id = id;
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.of(Role.USER) : EnumSet.copyOf(roles);
    this.roles.add(Role.USER);
  }

  long id() {
    return id;
  }

  Viewer viewer() {
    return new Viewer(id, username, Set.copyOf(roles));
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}

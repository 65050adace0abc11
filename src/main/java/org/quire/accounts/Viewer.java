package org.quire.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is making a request: a signed-in account or a guest. Controllers of every module take it as a
 * parameter; it is never null.
 *
 * @param accountId null for a guest
 * @param username null for a guest
 */
public record Viewer(@Nullable Long accountId, @Nullable String username, Set<Role> roles) {
  private static final Viewer GUEST = new Viewer(null, null, Set.of());

  public static Viewer guest() {
    return GUEST;
  }

  public boolean isGuest() {
    return accountId == null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Tag wranglers and admins may wrangle. */
  public boolean canWrangle() {
    return has(Role.WRANGLER) || has(Role.ADMIN);
  }
}

package org.quire.profiles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quire.accounts.AccountContact;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.PseudRef;
import org.quire.platform.ApiException;
import org.quire.works.Pages;
import org.springframework.stereotype.Component;

/** A user's profile as pages and the API show it: never their email. */
@Component
class Profiles {
  private final AccountDirectory accounts;
  private final Abouts abouts;

  Profiles(AccountDirectory accounts, Abouts abouts) {
    this.accounts = accounts;
    this.abouts = abouts;
  }

  /** One pseud on a profile. */
  record PseudView(String name, String description, boolean isDefault, String href) {}

  /**
   * A profile.
   *
   * @param about sanitized HTML, empty when none
   */
  record Profile(
      long accountId, String username, Instant joinedAt, String about, List<PseudView> pseuds) {
    public String joined() {
      return Pages.date(joinedAt);
    }
  }

  /** The profile of this user; 404 when there is none. */
  Profile of(String username) {
    long id = accounts.accountIdOf(username).orElseThrow(() -> ApiException.notFound("User"));
    AccountContact contact = accounts.contact(id).orElseThrow(() -> ApiException.notFound("User"));
    Map<Long, String> descriptions = accounts.pseudDescriptions(id);
    List<PseudView> pseuds =
        accounts.pseudsOf(id).stream()
            .map(
                p ->
                    new PseudView(
                        p.name(),
                        descriptions.getOrDefault(p.id(), ""),
                        p.isDefault(),
                        Pages.pseud(p.username(), p.name())))
            .toList();
    return new Profile(id, contact.username(), contact.createdAt(), abouts.of(id), pseuds);
  }

  /** One of the user's pseuds; 404 when the user or the pseud does not exist. */
  PseudRef pseud(Profile profile, String name) {
    return accounts
        .pseudNamed(profile.accountId(), name)
        .orElseThrow(() -> ApiException.notFound("Pseud"));
  }
}

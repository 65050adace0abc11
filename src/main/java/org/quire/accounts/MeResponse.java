package org.quire.accounts;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/me}: {@code pseuds} lists the pseud names (the default first), as works list
 * their creators; {@code pseudDetails} gives each pseud in full.
 */
record MeResponse(
    long id,
    String username,
    String email,
    List<String> pseuds,
    List<PseudResponse> pseudDetails,
    List<String> roles,
    Instant createdAt) {

  static MeResponse of(Account account, List<Pseud> pseuds) {
    return new MeResponse(
        account.id(),
        account.username(),
        account.email(),
        pseuds.stream().map(Pseud::name).toList(),
        pseuds.stream().map(PseudResponse::of).toList(),
        account.roles().stream().sorted().map(Role::label).toList(),
        account.createdAt());
  }

  /** One pseud. */
  record PseudResponse(long id, String name, String description, boolean isDefault) {
    static PseudResponse of(Pseud p) {
      return new PseudResponse(p.id(), p.name(), p.description(), p.isDefault());
    }
  }
}

package org.quire.accounts;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quire.platform.QuireProperties.RegistrationMode;
import org.quire.platform.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin-only: registration mode and invitation codes (the security chain checks the role). */
@RestController
@RequestMapping("/api/v1")
class AdminApiController {
  private final Registration registration;
  private final RoleService roles;

  AdminApiController(Registration registration, RoleService roles) {
    this.registration = registration;
    this.roles = roles;
  }

  /** Grants a role ({@code wrangler} or {@code admin}) to a user. */
  @PutMapping("/admin/users/{username}/roles/{role}")
  ResponseEntity<Void> grant(@PathVariable String username, @PathVariable String role) {
    roles.grant(username, role);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/admin/users/{username}/roles/{role}")
  ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable String role) {
    roles.revoke(username, role);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/admin/registration")
  ModeBody mode() {
    return new ModeBody(registration.mode().label());
  }

  @PutMapping("/admin/registration")
  ModeBody setMode(@RequestBody ModeBody body) {
    registration.setMode(parseMode(body.mode()));
    return mode();
  }

  @PostMapping("/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  Codes invite(Viewer viewer, @RequestBody InviteRequest request) {
    int count = request.count() == null ? 1 : request.count();
    return new Codes(registration.createInvites(count, AccountApiController.signedIn(viewer)));
  }

  @GetMapping("/invitations")
  List<Registration.Invitation> invitations() {
    return registration.invitations();
  }

  static RegistrationMode parseMode(@Nullable String mode) {
    for (RegistrationMode m : RegistrationMode.values()) {
      if (m.label().equals(mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    new Validation().add("mode", "must be one of open, invite, closed").throwIfInvalid();
    throw new IllegalStateException("unreachable");
  }

  record ModeBody(@Nullable String mode) {}

  record InviteRequest(@Nullable Integer count) {}

  record Codes(List<String> codes) {}
}

package org.quire.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.platform.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, the caller's own account, pseuds and password over JSON. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {
  private final AccountService accounts;

  AccountApiController(AccountService accounts) {
    this.accounts = accounts;
  }

  @PostMapping("/accounts")
  ResponseEntity<Created> signUp(@RequestBody SignUpRequest request, HttpServletRequest http) {
    Account account = accounts.signUp(request, ClientAddress.of(http));
    return ResponseEntity.created(URI.create("/api/v1/users/" + account.username()))
        .body(new Created(account.id(), account.username()));
  }

  @GetMapping("/me")
  MeResponse me(Viewer viewer) {
    long id = signedIn(viewer);
    return MeResponse.of(accounts.get(id), accounts.pseuds(id));
  }

  @GetMapping("/me/pseuds")
  List<MeResponse.PseudResponse> pseuds(Viewer viewer) {
    return accounts.pseuds(signedIn(viewer)).stream().map(MeResponse.PseudResponse::of).toList();
  }

  @PostMapping("/me/pseuds")
  @ResponseStatus(HttpStatus.CREATED)
  MeResponse.PseudResponse addPseud(Viewer viewer, @RequestBody PseudRequest request) {
    return MeResponse.PseudResponse.of(
        accounts.addPseud(signedIn(viewer), request.name(), request.description()));
  }

  @DeleteMapping("/me/pseuds/{id}")
  ResponseEntity<Void> deletePseud(Viewer viewer, @PathVariable long id) {
    accounts.deletePseud(signedIn(viewer), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/me/password")
  ResponseEntity<Void> changePassword(Viewer viewer, @RequestBody PasswordRequest request) {
    accounts.changePassword(signedIn(viewer), request.currentPassword(), request.newPassword());
    return ResponseEntity.noContent().build();
  }

  static long signedIn(Viewer viewer) {
    Long id = viewer.accountId();
    if (id == null) {
      throw ApiException.unauthorized("Sign in first.");
    }
    return id;
  }

  record Created(long id, String username) {}

  record PseudRequest(@Nullable String name, @Nullable String description) {}

  record PasswordRequest(@Nullable String currentPassword, @Nullable String newPassword) {}
}

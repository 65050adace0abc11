package org.quire.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

/** Issuing, listing and revoking API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {
  private final TokenService tokens;

  TokenApiController(TokenService tokens) {
    this.tokens = tokens;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IssuedResponse issue(@RequestBody TokenService.TokenRequest request, HttpServletRequest http) {
    TokenService.IssuedToken issued = tokens.issue(ClientAddress.of(http), request);
    return new IssuedResponse(
        issued.token(), issued.stored().id(), issued.stored().name(), issued.stored().createdAt());
  }

  @GetMapping
  List<TokenResponse> list(Viewer viewer) {
    return tokens.list(AccountApiController.signedIn(viewer)).stream()
        .map(t -> new TokenResponse(t.id(), t.name(), t.createdAt(), t.lastUsedAt()))
        .toList();
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(Viewer viewer, @PathVariable long id) {
    tokens.revoke(AccountApiController.signedIn(viewer), id);
    return ResponseEntity.noContent().build();
  }

  /** The secret token, shown this once. */
  record IssuedResponse(String token, long id, String name, Instant createdAt) {}

  record TokenResponse(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}
}

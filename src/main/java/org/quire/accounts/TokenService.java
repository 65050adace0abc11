package org.quire.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.platform.KeyedHash;
import org.quire.platform.Secrets;
import org.quire.platform.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * API tokens: issued for a login and password, stored as an HMAC under a key generated on first
 * start (a leaked table alone does not let anyone in), listed and revoked by their owner.
 */
@Service
class TokenService {
  static final String PREFIX = "qt_";
  static final int NAME_MAX = 100;
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final LoginThrottle throttle;
  private final KeyedHash keyedHash;
  private final SecureRandom random = new SecureRandom();

  TokenService(
      JdbcClient jdbc,
      AccountRepository accounts,
      PasswordEncoder passwords,
      LoginThrottle throttle,
      Secrets secrets) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.passwords = passwords;
    this.throttle = throttle;
    this.keyedHash = new KeyedHash(secrets, "api-token-hmac");
  }

  /** A new token for the account that {@code login} names (username or email, any case). */
  IssuedToken issue(String clientIp, TokenRequest request) {
    Validation v = new Validation();
    v.check(request.login() != null && !request.login().isBlank(), "login", "is required");
    v.check(request.password() != null && !request.password().isEmpty(), "password", "is required");
    v.throwIfInvalid();
    throttle.beforeAttempt(clientIp, request.login());
    Optional<Account> account =
        accounts
            .findByLogin(request.login().trim())
            .filter(a -> passwords.matches(request.password(), a.passwordHash()));
    if (account.isEmpty()) {
      throttle.failed(clientIp, request.login());
      throw ApiException.unauthorized("The login or password is not correct.");
    }
    return create(account.get().id(), request.name());
  }

  /** A new token named {@code name} (blank: "API token"); 422 when the name is too long. */
  IssuedToken create(long accountId, @Nullable String requestedName) {
    String name =
        requestedName == null || requestedName.isBlank() ? "API token" : requestedName.trim();
    new Validation()
        .check(
            name.length() <= NAME_MAX, "name", "must be at most " + NAME_MAX + " characters long")
        .throwIfInvalid();
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken stored =
        jdbc.sql(
                "insert into api_tokens (account_id, name, token_hash) values (?, ?, ?)"
                    + " returning id, account_id, name, created_at, last_used_at")
            .params(accountId, name, hash(token))
            .query((rs, n) -> row(rs))
            .single();
    return new IssuedToken(token, stored);
  }

  /** The account a bearer token belongs to, if the token is known. */
  Optional<AccountPrincipal> authenticate(String token) {
    if (!token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        jdbc.sql(
                "select id, account_id, name, created_at, last_used_at from api_tokens"
                    + " where token_hash = ?")
            .param(hash(token))
            .query((rs, n) -> row(rs))
            .optional();
    return found.flatMap(
        t -> {
          touch(t);
          return accounts
              .findById(t.accountId())
              .map(a -> new AccountPrincipal(a.id(), a.username(), null, a.roles()));
        });
  }

  private void touch(ApiToken token) {
    Instant last = token.lastUsedAt();
    if (last == null || last.isBefore(Instant.now().minus(LAST_USED_PRECISION))) {
      jdbc.sql("update api_tokens set last_used_at = now() where id = ?")
          .param(token.id())
          .update();
    }
  }

  List<ApiToken> list(long accountId) {
    return jdbc.sql(
            "select id, account_id, name, created_at, last_used_at from api_tokens"
                + " where account_id = ? order by created_at desc, id desc")
        .param(accountId)
        .query((rs, n) -> row(rs))
        .list();
  }

  void revoke(long accountId, long tokenId) {
    int deleted =
        jdbc.sql("delete from api_tokens where id = ? and account_id = ?")
            .params(tokenId, accountId)
            .update();
    if (deleted == 0) {
      throw ApiException.notFound("Token");
    }
  }

  private String hash(String token) {
    return keyedHash.of(token);
  }

  private static ApiToken row(java.sql.ResultSet rs) throws java.sql.SQLException {
    OffsetDateTime last = rs.getObject("last_used_at", OffsetDateTime.class);
    return new ApiToken(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("name"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        last == null ? null : last.toInstant());
  }

  /** A token as issued: the secret is in {@code token} and nowhere else. */
  record IssuedToken(String token, ApiToken stored) {}

  /** Body of {@code POST /api/v1/tokens}. */
  record TokenRequest(@Nullable String login, @Nullable String password, @Nullable String name) {}
}

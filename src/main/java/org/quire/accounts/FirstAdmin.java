package org.quire.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh install without an admin (and without {@code QUIRE_ADMIN_*}) prints, once ready, a
 * one-time link that creates the first admin account. Only the token's hash is kept, in memory: a
 * restart makes a new link, and the link is gone once it was used or any admin exists.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin {
  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
  private final AccountService accounts;
  private final SecureRandom random = new SecureRandom();
  private final AtomicReference<byte @Nullable []> tokenHash = new AtomicReference<>();

  FirstAdmin(AccountService accounts) {
    this.accounts = accounts;
  }

  // Before the "ready" line (platform), so that it is the last line of start-up.
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void offer(ApplicationReadyEvent event) {
    if (accounts.adminExists()) {
      return;
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokenHash.set(hash(token));
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    log.info(
        "No admin account yet. Create the first one at http://localhost:{}/first-admin/{}"
            + " (the link works once)",
        port,
        token);
  }

  /** Whether {@code token} is the unused link of an archive that still has no admin. */
  boolean valid(String token) {
    byte[] expected = tokenHash.get();
    return expected != null
        && MessageDigest.isEqual(expected, hash(token))
        && !accounts.adminExists();
  }

  /** Takes the link for one attempt; false when it is not (or no longer) valid. */
  boolean take(String token) {
    byte[] expected = tokenHash.get();
    return expected != null
        && MessageDigest.isEqual(expected, hash(token))
        && tokenHash.compareAndSet(expected, null);
  }

  /**
   * Gives the link back after an attempt that failed on a field (a taken name, a short password).
   */
  void giveBack(String token) {
    tokenHash.compareAndSet(null, hash(token));
  }

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

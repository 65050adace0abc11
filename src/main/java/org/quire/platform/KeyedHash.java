package org.quire.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with one of the archive's generated keys, as hex: how secrets (API tokens, feed
 * tokens) and addresses are stored or compared without keeping them.
 */
public final class KeyedHash {
  private final SecretKeySpec key;

  /** A hash keyed by {@code $QUIRE_DATA_DIR/secrets/<name>.key}, generated on first use. */
  public KeyedHash(Secrets secrets, String name) {
    this.key = new SecretKeySpec(secrets.key(name), "HmacSHA256");
  }

  /** The full 64 hex characters. */
  public String of(String value) {
    return of(value, 32);
  }

  /** The first {@code bytes} bytes of the hash, as hex. */
  public String of(String value, int bytes) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}

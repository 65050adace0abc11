package org.quire.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A keyed hash of a client's address: enough to tell guests apart (one hit per day, one kudos per
 * work, a comment rate limit), never the address itself, which the archive does not store.
 */
@Component
public class AddressKeys {
  private final SecretKeySpec key;

  AddressKeys(Secrets secrets) {
    this.key = new SecretKeySpec(secrets.key("visitor-hmac"), "HmacSHA256");
  }

  /** 32 hex characters, the same for the same address as long as the key is kept. */
  public String of(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

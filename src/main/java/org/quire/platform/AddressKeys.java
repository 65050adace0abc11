package org.quire.platform;

import org.springframework.stereotype.Component;

/**
 * A keyed hash of a client's address: enough to tell guests apart (one hit per day, one kudos per
 * work, a comment rate limit), never the address itself, which the archive does not store.
 */
@Component
public class AddressKeys {
  private final KeyedHash hash;

  AddressKeys(Secrets secrets) {
    this.hash = new KeyedHash(secrets, "visitor-hmac");
  }

  /** 32 hex characters, the same for the same address as long as the key is kept. */
  public String of(String address) {
    return hash.of(address, 16);
  }
}

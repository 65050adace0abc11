package org.quire.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A keyed hash of a client's address: enough to tell guests apart (one hit per day, one kudos per
 * work, a comment rate limit), never the address itself, which the archive does not store.
 */
@Component
public class AddressKeys {
  private final KeyedHash hash;
  // A guest's reading counts a hit per page: the hash is remembered a while, not recomputed.
  private final Cache<String, String> recent =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(30)).build();

  AddressKeys(Secrets secrets) {
    this.hash = new KeyedHash(secrets, "visitor-hmac");
  }

  /** 32 hex characters, the same for the same address as long as the key is kept. */
  public String of(String address) {
    return recent.get(address, a -> hash.of(a, 16));
  }
}

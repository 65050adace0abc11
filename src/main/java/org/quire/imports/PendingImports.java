package org.quire.imports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Files read on the import page whose work still needs details (a rating, a warning, a fandom…)
 * before it can be saved: kept in memory for an hour under a random token, for the account that
 * uploaded them only. A restart forgets them; the page then asks for the file again.
 */
@Component
class PendingImports {
  static final Duration KEPT = Duration.ofHours(1);
  private final SecureRandom random = new SecureRandom();
  private final Cache<String, Pending> pending =
      Caffeine.newBuilder()
          .expireAfterWrite(KEPT)
          .maximumWeight(256L * 1024 * 1024)
          .weigher(
              (String token, Pending p) -> (int) Math.min(Integer.MAX_VALUE, 2 * p.work().size()))
          .build();

  record Pending(long accountId, String fileName, ParsedWork work) {}

  String keep(long accountId, String fileName, ParsedWork work) {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    pending.put(token, new Pending(accountId, fileName, work));
    return token;
  }

  /** The pending import, if it exists and belongs to this account. */
  @Nullable Pending find(String token, long accountId) {
    Pending p = pending.getIfPresent(token);
    return p != null && p.accountId() == accountId ? p : null;
  }

  void done(String token) {
    pending.invalidate(token);
  }
}

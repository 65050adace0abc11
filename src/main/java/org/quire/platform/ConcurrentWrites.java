package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Bounds the expensive writes one account runs at once (posting or editing a work or a chapter, an
 * import): at most {@code quire.limits.concurrent-writes-per-account}, per account, or per client
 * address for a guest. One more is refused at once with a {@link RateLimitedException} (429 and
 * {@code Retry-After}), never queued, so one account sending many large posts in parallel holds at
 * most that many request threads and cores while everyone else's posts go through.
 *
 * <p>The count is kept in this process's memory: with several application nodes each node allows
 * its own share, so an account can run that many writes per node. That still bounds what one
 * account takes from each node, which is the point; a cluster-wide count would need a shared store.
 *
 * <p>Re-entrant per thread: a write that calls another guarded write (an import posting its work)
 * holds one place, not two.
 */
@Component
public class ConcurrentWrites {
  /** How long a refused caller is told to wait: writes are seconds at most. */
  static final long RETRY_AFTER_SECONDS = 5;

  private static final ThreadLocal<Set<String>> HELD = ThreadLocal.withInitial(HashSet::new);
  private final int perAccount;
  private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

  ConcurrentWrites(QuireProperties properties) {
    this.perAccount = properties.limits().concurrentWritesPerAccount();
  }

  /**
   * Takes a place for this caller, given back by {@link Permit#close()}.
   *
   * @param accountId the signed-in account, or null for a guest (counted by client address)
   * @throws RateLimitedException when the caller already runs as many writes as allowed
   */
  public Permit enter(@Nullable Long accountId) {
    String key = accountId != null ? "account:" + accountId : "address:" + clientAddress();
    Set<String> held = HELD.get();
    if (held.contains(key)) {
      return new Permit(null);
    }
    Integer now = running.merge(key, 1, Integer::sum);
    if (now > perAccount) {
      leave(key);
      throw new RateLimitedException(
          "You already have "
              + perAccount
              + " posts or imports in progress; wait for them to finish, then try again.",
          RETRY_AFTER_SECONDS);
    }
    held.add(key);
    return new Permit(key);
  }

  /**
   * Takes a place until the current transaction ends (commit or rollback): one line at the top of a
   * {@code @Transactional} write.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void enterForTransaction(@Nullable Long accountId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("enterForTransaction needs a transaction");
    }
    Permit permit = enter(accountId);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            permit.close();
          }
        });
  }

  /** Runs {@code action} holding a place; see {@link #enter}. */
  public <T> T run(@Nullable Long accountId, Supplier<T> action) {
    try (Permit permit = enter(accountId)) {
      return action.get();
    }
  }

  /** How many writes this account is running now (for tests and metrics). */
  public int running(long accountId) {
    return running.getOrDefault("account:" + accountId, 0);
  }

  private void leave(String key) {
    running.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return ClientAddress.of(request);
    }
    return "local";
  }

  /** A place taken by {@link #enter}; closing it twice gives it back once. */
  public final class Permit implements AutoCloseable {
    private @Nullable String key;

    private Permit(@Nullable String key) {
      this.key = key;
    }

    @Override
    public void close() {
      String k = key;
      if (k != null) {
        key = null;
        HELD.get().remove(k);
        leave(k);
      }
    }
  }
}

package org.quire.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored API token: only its hash is kept, so it is shown in full once, when created. */
record ApiToken(
    long id, long accountId, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}

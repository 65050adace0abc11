package org.quire.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A row of {@code accounts} with its roles; never serialized to clients (see {@link MeResponse}).
 */
record Account(
    long id,
    String username,
    String email,
    String passwordHash,
    Instant createdAt,
    Set<Role> roles) {}

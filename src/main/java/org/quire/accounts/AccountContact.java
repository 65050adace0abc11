package org.quire.accounts;

import java.time.Instant;

/** How to reach an account's owner, and since when the account exists. */
public record AccountContact(long id, String username, String email, Instant createdAt) {}

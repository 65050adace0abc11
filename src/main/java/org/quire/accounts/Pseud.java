package org.quire.accounts;

/** A name an account writes under; every account has a default pseud named after it. */
record Pseud(long id, long accountId, String name, String description, boolean isDefault) {}

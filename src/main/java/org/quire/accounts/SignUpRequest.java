package org.quire.accounts;

import org.jspecify.annotations.Nullable;

/** Body of {@code POST /api/v1/accounts}; {@code inviteCode} is needed in invite mode only. */
record SignUpRequest(
    @Nullable String username,
    @Nullable String email,
    @Nullable String password,
    @Nullable String inviteCode) {}

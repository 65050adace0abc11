/**
 * Accounts: sign-up, log-in, pseuds, roles, API tokens, registration modes and invitations, and the
 * security configuration that authenticates every request (session cookie for pages, bearer token
 * for the API).
 *
 * <p>Its API for other modules is {@link org.quire.accounts.Viewer} (who is asking, resolvable as a
 * controller parameter) and {@link org.quire.accounts.Role}.
 */
@NullMarked
package org.quire.accounts;

import org.jspecify.annotations.NullMarked;

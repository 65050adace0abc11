/**
 * Infrastructure every feature module leans on: the typed configuration, the data directory and its
 * generated secrets, the embedded PostgreSQL, the JSON error format and the page context given to
 * every template. It depends on no feature module.
 */
@NullMarked
package org.quire.platform;

import org.jspecify.annotations.NullMarked;

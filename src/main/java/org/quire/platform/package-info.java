/**
 * Infrastructure every feature module leans on: the typed configuration, the data directory and its
 * generated secrets, the embedded PostgreSQL, the JSON error format, the page context given to
 * every template, and the pending jobs that follow commits ({@link org.quire.platform.Jobs}). It
 * depends on no feature module.
 */
@NullMarked
package org.quire.platform;

import org.jspecify.annotations.NullMarked;

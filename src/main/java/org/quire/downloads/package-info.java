/**
 * Downloads: a posted work as EPUB 3, one self-contained HTML file, plain text or PDF, each with a
 * title page listing the work's tags, language, dates and stats, generated once per work version
 * and then served from {@code $QUIRE_DATA_DIR/cache/downloads}; and the OPDS 1.2 catalog that
 * e-reader apps browse to fetch the EPUBs. Drafts and works the reader cannot see are 404; the
 * adult-content gate guards the reading pages but not downloads, as on AO3.
 */
@NullMarked
package org.quire.downloads;

import org.jspecify.annotations.NullMarked;

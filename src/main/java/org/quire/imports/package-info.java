/**
 * Imports: a work brought in from a file (plain text, HTML or EPUB, in UTF-8, UTF-16 or
 * Windows-1252), including what readers save from other archives: AO3's HTML and EPUB downloads,
 * text copied from an AO3 work page, and generic files with "Chapter N" headings. Fields sent with
 * the upload override the file; the work is posted through the works module's own rules and
 * sanitizer in one transaction (a draft unless asked otherwise), so nothing half-made is ever left.
 * Files are size-limited, EPUBs are checked against zip bombs, and no XML parser resolves external
 * entities.
 */
@NullMarked
package org.quire.imports;

import org.jspecify.annotations.NullMarked;

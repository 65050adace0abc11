/**
 * Works and chapters: posting and editing them, drafts, the reading pages, and the adult-content
 * gate in front of Not Rated, Mature and Explicit works. Chapter text typed as HTML, Markdown or
 * plain text is turned into sanitized HTML here, and its words are counted the way AO3 counts them.
 */
@NullMarked
package org.quire.works;

import org.jspecify.annotations.NullMarked;

/**
 * Tags: the fixed ratings, archive warnings and categories, and the fandoms, relationships,
 * characters and additional tags that writers type. Other modules use {@link
 * org.quire.tags.TagDirectory} to turn typed names into tags and {@link org.quire.tags.TagType}.
 */
@NullMarked
package org.quire.tags;

import org.jspecify.annotations.NullMarked;

package org.quire.tags;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tag in the API, related tags by name. */
record TagResponse(
    String name,
    String type,
    boolean canonical,
    @Nullable String synonymOf,
    List<String> synonyms,
    List<String> parents,
    List<String> children,
    List<String> metaTags,
    List<String> subTags,
    long worksCount) {}

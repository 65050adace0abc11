package org.quire.tags;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PATCH /api/v1/tags/{name}}. {@code synonymOf}: a canonical tag's name, or "" to
 * stop being a synonym. Related tags are given by name.
 */
record TagPatch(
    @Nullable String type,
    @Nullable Boolean canonical,
    @Nullable String synonymOf,
    @Nullable List<String> addParents,
    @Nullable List<String> removeParents,
    @Nullable List<String> addMetaTags,
    @Nullable List<String> removeMetaTags) {}

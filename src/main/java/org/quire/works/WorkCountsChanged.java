package org.quire.works;

import java.util.Collection;

/** Hits, kudos, comments or bookmarks of these works changed (after commit). */
public record WorkCountsChanged(Collection<Long> workIds) {}

package org.quire.works;

import java.util.Collection;

/** Wrangling changed the filter sets of these works (after commit): indexes follow. */
public record WorksRefiltered(Collection<Long> workIds) {}

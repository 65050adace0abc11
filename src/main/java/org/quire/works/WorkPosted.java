package org.quire.works;

/** A work was posted (a draft made public, or posted at once): indexes and subscribers follow. */
public record WorkPosted(long workId) implements WorkEvent {}

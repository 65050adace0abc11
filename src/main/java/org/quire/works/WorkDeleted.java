package org.quire.works;

/** A work was deleted. */
public record WorkDeleted(long workId) implements WorkEvent {}

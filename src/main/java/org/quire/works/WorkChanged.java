package org.quire.works;

/** A work's fields, tags or chapters changed; caches and the index follow. */
public record WorkChanged(long workId) implements WorkEvent {}

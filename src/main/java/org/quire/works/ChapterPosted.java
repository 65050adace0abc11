package org.quire.works;

/** A chapter was added to a posted work: subscribers are told. */
public record ChapterPosted(long workId, int position) {}

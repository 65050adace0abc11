package org.quire.works;

/** A signed-in reader read a chapter of a work (page or API): their history follows. */
public record WorkRead(long accountId, long workId, int position, int chapterCount) {}

package org.quire.works;

/**
 * A work was posted, changed or deleted (published after the change commits): caches and the search
 * index listen for this one type.
 */
public sealed interface WorkEvent permits WorkPosted, WorkChanged, WorkDeleted {
  long workId();
}

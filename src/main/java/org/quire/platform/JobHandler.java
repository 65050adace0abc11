package org.quire.platform;

import tools.jackson.databind.JsonNode;

/**
 * Does one kind of {@link Jobs pending job}. A module registers one by making it a bean. {@link
 * #run} is called inside the transaction that then deletes the job, so database work that joins
 * that transaction happens exactly once; work that commits on its own (or anything outside the
 * database) must be safe to do twice, as a worker may die after it and before the job's commit.
 */
public interface JobHandler {
  /** The kind of job this handler does, as given to {@link Jobs#enqueue}. */
  String kind();

  /** Does the job; an exception rolls it back and it is tried again later. */
  void run(JsonNode payload);
}

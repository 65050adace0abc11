/**
 * The benchmark ({@code java -jar quire.jar bench --works N [--seed S]}): fills a fresh data
 * directory with an AO3-shaped corpus through a bulk path (PostgreSQL COPY) that writes exactly
 * what posting would, checks that against works posted through the API, then starts the archive and
 * measures it over HTTP on loopback: filtered listings with and without facets, the same listings
 * answered by PostgreSQL alone, chapter reads, index rebuilds, wrangling, start-up time and heap.
 * The last line of its output is one JSON object with every figure.
 *
 * <p>Everything is deterministic for a given seed; nothing here is a Spring bean, so the archive's
 * context is the same with or without the benchmark.
 */
@NullMarked
package org.quire.bench;

import org.jspecify.annotations.NullMarked;

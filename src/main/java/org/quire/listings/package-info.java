/**
 * Finding works: the listings (all works, a tag's works, a user's works, search, the front page's
 * newest works, a tag's Atom feed, {@code GET /api/v1/works}), their query language, and the SQL
 * listing that answers exactly while a search index ({@link org.quire.listings.WorkIndex}, provided
 * by the search module) cannot. Also the feed that search index reads ({@link
 * org.quire.listings.WorkDocuments}).
 *
 * <p>Who may see which works is decided by {@link org.quire.works.Audience}: every query carries
 * one ({@link org.quire.listings.IndexQuery#audience}) and each engine turns it into its filter.
 *
 * <p>Accepted read model: the SQL listing, the index feed and the tag counts read the works
 * module's tables ({@code works}, {@code work_filters}, {@code work_tags}, {@code chapters}) and
 * the accounts module's {@code work_creators}, {@code pseuds} and {@code accounts} directly, read
 * only: filtering and sorting hundreds of thousands of works in one statement cannot go through a
 * per-work API. Those modules own the tables and every write to them; a change to their columns
 * must update {@code WorkListing}, {@code WorkDocuments} and {@code TagWorkCounts}. What a listing
 * shows of each work comes from the works API ({@link org.quire.works.WorkCards}).
 */
@NullMarked
package org.quire.listings;

import org.jspecify.annotations.NullMarked;

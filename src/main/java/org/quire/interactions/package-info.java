/**
 * Readers respond: kudos, threaded comments (with moderation and rate limits), bookmarks,
 * subscriptions with an inbox (and mail through the outbox), reading history with "Mark for Later",
 * and muting and blocking. Each has its controls on the work page (a {@link
 * org.quire.works.WorkPageSection}) and its JSON endpoints; muting reaches every listing through
 * {@link org.quire.listings.ReaderExclusions}.
 */
@org.jspecify.annotations.NullMarked
package org.quire.interactions;

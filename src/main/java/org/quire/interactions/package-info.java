/**
 * Readers respond: kudos, threaded comments (with moderation and rate limits), bookmarks,
 * subscriptions with an inbox (and mail through the outbox), reading history with "Mark for Later",
 * and muting and blocking. Each has its controls on the work page (a {@link
 * org.quire.works.WorkPageSection}) and its JSON endpoints; muting reaches every listing through
 * {@link org.quire.listings.ReaderExclusions}.
 *
 * <p>Which works a reader may see is decided only by {@link org.quire.works.Audience}: one work
 * through {@link org.quire.works.WorkSummaries} (or the audience's {@code verdict}/{@code lists}),
 * many through its SQL conditions. Two queries here read the works module's tables directly, as
 * accepted read models: {@link ReaderFeeds#subscribed} selects works by their creators (filtered by
 * the audience's {@code listed} condition, so its limit counts only works the reader may see), and
 * {@link History}'s reading progress reads {@code works.chapter_count} for works a listing already
 * shows. Neither writes to them; both follow the works module's schema.
 */
@org.jspecify.annotations.NullMarked
package org.quire.interactions;

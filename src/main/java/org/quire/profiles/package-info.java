/**
 * People's pages: a user's dashboard at {@code /users/{name}} (profile with pseuds, join date and
 * an "about" text; their recent works and public bookmarks; for the owner, drafts, subscriptions,
 * history and "marked for later"), each pseud's page with its works, following a user, the
 * profile's JSON API, and a writer's statistics page with a chart of hits per day.
 *
 * <p>It composes other modules' APIs: works are listed through {@link
 * org.quire.listings.CreatorWorks} (so {@link org.quire.works.Audience} decides what shows), a
 * reader's lists through {@link org.quire.interactions.ReaderLists}, counts through {@link
 * org.quire.works.WriterStats}. It owns the {@code profiles} table.
 */
@NullMarked
package org.quire.profiles;

import org.jspecify.annotations.NullMarked;

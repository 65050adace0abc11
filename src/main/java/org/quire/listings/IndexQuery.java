package org.quire.listings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.works.Audience;

/**
 * A listing query with its names resolved: tags to the ids of the tags works are filtered by, the
 * creator's username to an account, the reader to the audience whose works may be listed. Every
 * listing engine (the SQL listing, a search index) answers exactly this.
 *
 * @param requiredTagIds the browsed tag, included tags and the rating: a work needs all of them
 * @param excludedTagIds excluded (and muted) tags: a work with any of them is left out
 * @param creatorAccountId only works credited to this account, when set
 * @param excludedCreatorIds works credited to any of these accounts are left out (muting)
 * @param audience whose listing this is: only the works listed to it ({@link
 *     Audience#listedReaches}) may match
 */
public record IndexQuery(
    ListingQuery listing,
    List<Long> requiredTagIds,
    List<Long> excludedTagIds,
    @Nullable Long creatorAccountId,
    List<Long> excludedCreatorIds,
    Audience audience) {}

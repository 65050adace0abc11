package org.quire.listings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A listing query with its names resolved: tags to the ids of the tags works are filtered by, the
 * creator's username to an account, the reader to what they may see. Every listing engine (the SQL
 * listing, a search index) answers exactly this.
 *
 * @param requiredTagIds the browsed tag, included tags and the rating: a work needs all of them
 * @param excludedTagIds excluded (and muted) tags: a work with any of them is left out
 * @param creatorAccountId only works credited to this account, when set
 * @param excludedCreatorIds works credited to any of these accounts are left out (muting)
 * @param includeRestricted whether the reader may see restricted works (signed in)
 */
public record IndexQuery(
    ListingQuery listing,
    List<Long> requiredTagIds,
    List<Long> excludedTagIds,
    @Nullable Long creatorAccountId,
    List<Long> excludedCreatorIds,
    boolean includeRestricted) {}

-- Listings sorted by each key of ListingQuery.SORTS, over posted works: the SQL listing
-- (WorkListing) orders by "key <direction> nulls last, id <direction>", so each index is declared
-- in the order of the key's default direction and can hand a page over without sorting every
-- match. "updated" (and "relevance", which means updated without a text query) has
-- works_posted_by_updated_at since V3. "creator" sorts by a subquery over the creators, which no
-- index can serve. The search index answers listings; these make the SQL listing, which answers
-- while the index is being built and is the benchmark's baseline, the careful one.
create index works_posted_by_published_at on works (published_at desc nulls last, id desc) where posted;
create index works_posted_by_kudos on works (kudos_count desc nulls last, id desc) where posted;
create index works_posted_by_hits on works (hits desc nulls last, id desc) where posted;
create index works_posted_by_bookmarks on works (bookmarks_count desc nulls last, id desc) where posted;
create index works_posted_by_comments on works (comments_count desc nulls last, id desc) where posted;
create index works_posted_by_word_count on works (word_count desc nulls last, id desc) where posted;
-- Titles sort ascending by default.
create index works_posted_by_title on works (lower(title), id) where posted;

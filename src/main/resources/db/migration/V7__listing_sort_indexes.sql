-- The SQL listing (WorkListing) sorted by each key of ListingQuery.SORTS: "order by key <dir>,
-- id <dir>" over posted works, so one "(key desc, id desc) where posted" index per key hands over
-- a page in either direction (read backwards for ascending) instead of sorting every match.
-- "updated" (and "relevance", which is updated without a text query) has
-- works_posted_by_updated_at since V3. "creator" sorts by a subquery over the creators, which no
-- index can serve. The search index answers listings; these keep the SQL listing, which answers
-- while the index is being built and is the benchmark's baseline, the careful one.
create index works_posted_by_published_at on works (published_at desc, id desc) where posted;
create index works_posted_by_kudos on works (kudos_count desc, id desc) where posted;
create index works_posted_by_hits on works (hits desc, id desc) where posted;
create index works_posted_by_bookmarks on works (bookmarks_count desc, id desc) where posted;
create index works_posted_by_comments on works (comments_count desc, id desc) where posted;
create index works_posted_by_word_count on works (word_count desc, id desc) where posted;
create index works_posted_by_title on works (lower(title) desc, id desc) where posted;

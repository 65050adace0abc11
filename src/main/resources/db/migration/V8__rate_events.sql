-- Recent actions with a rate limit that must hold across every node of the archive: sign-ups per
-- address (a keyed hash of it, never the address), works and chapters per new account. Rows are
-- only needed for the longest window (a day) and are purged after it.
create table rate_events (
    kind       text        not null,
    subject    text        not null,
    created_at timestamptz not null default now()
);

-- The count of one subject's recent actions of one kind.
create index rate_events_recent on rate_events (kind, subject, created_at);
-- The purge of old rows.
create index rate_events_age on rate_events (created_at);

-- Work that must follow a commit (filter sets after wrangling, subscribers' inbox entries): a row
-- written in the same transaction as its cause, so it is neither lost in a crash nor done for a
-- change that rolled back. Workers on any node claim rows with `for update skip locked`
-- (platform's JobWorker) and delete them in the transaction that does the work.
create table pending_jobs (
    id         bigint generated always as identity primary key,
    kind       text        not null,
    payload    jsonb       not null,
    created_at timestamptz not null default now(),
    -- Not tried again before this: set to the next backoff step at each claim.
    run_after  timestamptz not null default now(),
    attempts   int         not null default 0,
    -- Set while a worker runs the job, which then holds the row locked; a claimed row that nobody
    -- holds belonged to a worker that died, and is taken again at once.
    claim      uuid,
    last_error text,
    -- Gave up after the last attempt: kept, with its error, for an admin to look at.
    failed_at  timestamptz
);
-- The worker's claim: jobs still to run, oldest first.
create index pending_jobs_due on pending_jobs (id) where failed_at is null;

-- Hits per work per day, for a writer's statistics chart. HitCounter adds to it as it flushes;
-- each row is the number of distinct readers (accounts or address keys) that day.
create table work_hits_daily (
    work_id bigint not null references works (id) on delete cascade,
    day     date   not null,
    hits    int    not null default 0,
    primary key (work_id, day)
);

-- The days already counted, from the visits kept so far.
insert into work_hits_daily (work_id, day, hits)
select work_id, day, count(*) from work_hits group by work_id, day;

-- The "about" text a user writes for their profile page (sanitized HTML, owned by profiles).
create table profiles (
    account_id bigint      primary key references accounts (id) on delete cascade,
    about      text        not null default '',
    updated_at timestamptz not null default now()
);

-- Wranglers assigned to canonical fandoms (AO3 assigns them; here wranglers and admins assign
-- themselves and admins assign others). /wrangling lists a wrangler's fandoms and the unassigned.

create table fandom_wranglers (
    tag_id      bigint      not null references tags (id) on delete cascade,
    account_id  bigint      not null references accounts (id) on delete cascade,
    assigned_at timestamptz not null default now(),
    primary key (tag_id, account_id)
);
-- A wrangler's own fandoms.
create index fandom_wranglers_by_account on fandom_wranglers (account_id);

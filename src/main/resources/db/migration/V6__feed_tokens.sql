-- Private OPDS feeds: each reader's secret feed address, stored as a keyed hash (shown once).
create table feed_tokens (
    account_id bigint      primary key references accounts (id) on delete cascade,
    token_hash text        not null unique,
    created_at timestamptz not null default now()
);

-- Accounts, their pseuds and roles, API tokens and invitations.

create table accounts (
    id            bigint generated always as identity primary key,
    username      text        not null,
    email         text        not null,
    password_hash text        not null,
    created_at    timestamptz not null default now()
);
-- Log-in by username or email, any case; uniqueness ignores case too.
create unique index accounts_by_lower_username on accounts (lower(username));
create unique index accounts_by_lower_email on accounts (lower(email));

-- Every account is a plain user; only the extra roles are stored.
create table account_roles (
    account_id bigint not null references accounts (id) on delete cascade,
    role       text   not null check (role in ('wrangler', 'admin')),
    primary key (account_id, role)
);

create table pseuds (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references accounts (id) on delete cascade,
    name        text        not null,
    description text        not null default '',
    is_default  boolean     not null default false,
    created_at  timestamptz not null default now()
);
create unique index pseuds_by_account_and_lower_name on pseuds (account_id, lower(name));
create unique index pseuds_one_default_per_account on pseuds (account_id) where is_default;
-- Crediting a work or comment to a pseud by name.
create index pseuds_by_lower_name on pseuds (lower(name));

create table api_tokens (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references accounts (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);
-- Every API request looks its bearer token up by hash.
create unique index api_tokens_by_hash on api_tokens (token_hash);
create index api_tokens_by_account on api_tokens (account_id);

create table invitations (
    code       text primary key,
    created_by bigint references accounts (id) on delete set null,
    created_at timestamptz not null default now(),
    used_by    bigint references accounts (id) on delete set null,
    used_at    timestamptz
);

-- Settings an admin changes at run time; the configuration gives their first values.
create table site_settings (
    key   text primary key,
    value text not null
);

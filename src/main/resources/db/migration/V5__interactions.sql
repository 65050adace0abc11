-- Readers respond: kudos, comments, bookmarks, subscriptions and the inbox, reading history,
-- mutes and blocks, and the mail outbox.

create table kudos (
    id         bigint generated always as identity primary key,
    work_id    bigint      not null references works (id) on delete cascade,
    account_id bigint      references accounts (id) on delete cascade,
    guest_key  text,        -- keyed hash of a guest's address; the address is never stored
    created_at timestamptz not null default now(),
    check ((account_id is null) <> (guest_key is null))
);
-- One kudos per account, or per guest address, per work; also the work page's list of kudos.
create unique index kudos_one_per_account on kudos (work_id, account_id) where account_id is not null;
create unique index kudos_one_per_guest on kudos (work_id, guest_key) where guest_key is not null;

create table comment_settings (
    work_id   bigint  primary key references works (id) on delete cascade,
    moderated boolean not null default false
);

create table comments (
    id          bigint generated always as identity primary key,
    work_id     bigint      not null references works (id) on delete cascade,
    chapter_id  bigint      not null references chapters (id) on delete cascade,
    parent_id   bigint      references comments (id) on delete cascade,
    account_id  bigint      references accounts (id) on delete set null,
    pseud_id    bigint      references pseuds (id) on delete set null,
    guest_name  text,
    guest_email text,
    body        text        not null,
    pending     boolean     not null default false,
    deleted     boolean     not null default false,
    edited_at   timestamptz,
    created_at  timestamptz not null default now()
);
-- A chapter's thread.
create index comments_of_chapter on comments (chapter_id, id);
create index comments_of_parent on comments (parent_id) where parent_id is not null;
-- Rate limits: a commenter's recent comments.
create index comments_by_account_recent on comments (account_id, created_at) where account_id is not null;

create table bookmarks (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references accounts (id) on delete cascade,
    work_id    bigint      references works (id) on delete set null,
    work_title text        not null, -- kept, so a bookmark outlives its work and says what it was
    notes      text        not null default '',
    tags       text[]      not null default '{}',
    private    boolean     not null default false,
    rec        boolean     not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
-- One bookmark per reader per work.
create unique index bookmarks_one_per_work on bookmarks (account_id, work_id) where work_id is not null;
-- A user's bookmarks page, newest first.
create index bookmarks_of_account on bookmarks (account_id, created_at desc);
-- A work's public bookmark count.
create index bookmarks_public_of_work on bookmarks (work_id) where not private;

create table subscriptions (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references accounts (id) on delete cascade,
    type       text        not null check (type in ('work', 'user', 'series')),
    target_id  bigint      not null,
    created_at timestamptz not null default now(),
    unique (account_id, type, target_id)
);
-- Who to tell when a work gets a chapter or a user posts a work.
create index subscriptions_by_target on subscriptions (type, target_id);

create table inbox (
    id               bigint generated always as identity primary key,
    account_id       bigint      not null references accounts (id) on delete cascade,
    kind             text        not null check (kind in ('comment', 'reply', 'chapter', 'work')),
    work_id          bigint,      -- no foreign key: an entry outlives its work
    work_title       text        not null,
    chapter_position int,
    comment_id       bigint,
    message          text        not null,
    read             boolean     not null default false,
    mailed           boolean     not null default false,
    created_at       timestamptz not null default now()
);
-- A user's inbox, newest first.
create index inbox_of_account on inbox (account_id, id desc);

create table reader_settings (
    account_id      bigint  primary key references accounts (id) on delete cascade,
    history_enabled boolean not null default true,
    inbox_email     text    not null default 'none' check (inbox_email in ('none', 'each', 'hourly'))
);

create table reading_history (
    account_id     bigint      not null references accounts (id) on delete cascade,
    work_id        bigint      not null references works (id) on delete cascade,
    last_chapter   int         not null default 0,
    chapters_seen  int         not null default 0, -- the work's chapter count when last read
    visits         int         not null default 0,
    last_read_at   timestamptz,
    marked_for_later boolean   not null default false,
    primary key (account_id, work_id)
);
-- A user's history page, most recent first.
create index reading_history_of_account on reading_history (account_id, last_read_at desc nulls last);

create table mutes (
    account_id       bigint      not null references accounts (id) on delete cascade,
    muted_account_id bigint      references accounts (id) on delete cascade,
    muted_tag_id     bigint      references tags (id) on delete cascade,
    created_at       timestamptz not null default now(),
    check ((muted_account_id is null) <> (muted_tag_id is null))
);
create unique index mutes_one_per_account on mutes (account_id, muted_account_id) where muted_account_id is not null;
create unique index mutes_one_per_tag on mutes (account_id, muted_tag_id) where muted_tag_id is not null;

create table blocks (
    account_id         bigint      not null references accounts (id) on delete cascade,
    blocked_account_id bigint      not null references accounts (id) on delete cascade,
    created_at         timestamptz not null default now(),
    primary key (account_id, blocked_account_id)
);

create table mail_outbox (
    id         bigint generated always as identity primary key,
    to_address text        not null,
    subject    text        not null,
    body       text        not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz,
    error      text
);
-- Mail still to send.
create index mail_outbox_unsent on mail_outbox (id) where sent_at is null;

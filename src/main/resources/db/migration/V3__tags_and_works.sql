-- Tags (the wrangling model grows in later migrations) and works with their chapters.

create table tags (
    id          bigint generated always as identity primary key,
    name        text        not null,
    type        text        not null check (type in ('Rating', 'ArchiveWarning', 'Category', 'Fandom',
                                                     'Relationship', 'Character', 'Freeform')),
    canonical   boolean     not null default false,
    synonym_of  bigint      references tags (id),
    created_at  timestamptz not null default now()
);
-- /tags/{name}: names are unique ignoring case, across types.
create unique index tags_by_lower_name on tags (lower(name));

insert into tags (name, type, canonical) values
    ('Not Rated', 'Rating', true),
    ('General Audiences', 'Rating', true),
    ('Teen And Up Audiences', 'Rating', true),
    ('Mature', 'Rating', true),
    ('Explicit', 'Rating', true),
    ('Creator Chose Not To Use Archive Warnings', 'ArchiveWarning', true),
    ('No Archive Warnings Apply', 'ArchiveWarning', true),
    ('Graphic Depictions Of Violence', 'ArchiveWarning', true),
    ('Major Character Death', 'ArchiveWarning', true),
    ('Rape/Non-Con', 'ArchiveWarning', true),
    ('Underage Sex', 'ArchiveWarning', true),
    ('Gen', 'Category', true),
    ('F/M', 'Category', true),
    ('M/M', 'Category', true),
    ('F/F', 'Category', true),
    ('Multi', 'Category', true),
    ('Other', 'Category', true);

create table works (
    id                bigint generated always as identity primary key,
    title             text        not null,
    summary           text        not null default '',
    notes             text        not null default '',
    end_notes         text        not null default '',
    language          text        not null default 'en',
    restricted        boolean     not null default false,
    comment_policy    text        not null default 'anyone'
                                  check (comment_policy in ('anyone', 'registered', 'none')),
    expected_chapters int         check (expected_chapters > 0),
    posted            boolean     not null default false,
    word_count        int         not null default 0,
    chapter_count     int         not null default 0,
    published_at      timestamptz,
    updated_at        timestamptz not null default now(),
    created_at        timestamptz not null default now(),
    version           bigint      not null default 1,
    hits              bigint      not null default 0,
    kudos_count       int         not null default 0,
    comments_count    int         not null default 0,
    bookmarks_count   int         not null default 0
);
-- The front page: newest posted works.
create index works_posted_by_updated_at on works (updated_at desc, id desc) where posted;

create table work_creators (
    work_id  bigint   not null references works (id) on delete cascade,
    pseud_id bigint   not null references pseuds (id),
    position smallint not null,
    primary key (work_id, pseud_id)
);
-- A user's works page.
create index work_creators_by_pseud on work_creators (pseud_id, work_id);

create table work_tags (
    work_id  bigint   not null references works (id) on delete cascade,
    tag_id   bigint   not null references tags (id),
    position smallint not null,
    primary key (work_id, tag_id)
);
-- Works of a tag.
create index work_tags_by_tag on work_tags (tag_id, work_id);

create table chapters (
    id           bigint generated always as identity primary key,
    work_id      bigint      not null references works (id) on delete cascade,
    position     int         not null,
    title        text        not null default '',
    summary      text        not null default '',
    notes        text        not null default '',
    end_notes    text        not null default '',
    body         text        not null,
    word_count   int         not null,
    published_on date        not null default current_date,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    -- Reordering swaps positions inside one transaction.
    constraint chapters_position_per_work unique (work_id, position) deferrable initially deferred
);

-- One hit per visitor per work per day; the visitor is a hash of the account or address.
create table work_hits (
    work_id bigint not null references works (id) on delete cascade,
    visitor text   not null,
    day     date   not null,
    primary key (work_id, day, visitor)
);

alter table accounts add column show_adult_content boolean not null default false;

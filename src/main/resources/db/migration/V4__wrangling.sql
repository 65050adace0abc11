-- Tag wrangling: parents (a fandom over its characters, a character over its relationships),
-- metatags over subtags, and each work's filter set.

create table tag_parents (
    parent_id bigint not null references tags (id) on delete cascade,
    child_id  bigint not null references tags (id) on delete cascade,
    primary key (parent_id, child_id)
);
-- A tag's parents.
create index tag_parents_by_child on tag_parents (child_id);

create table meta_tags (
    meta_id bigint not null references tags (id) on delete cascade,
    sub_id  bigint not null references tags (id) on delete cascade,
    primary key (meta_id, sub_id),
    check (meta_id <> sub_id)
);
-- Walking up from a tag to its metatags.
create index meta_tags_by_sub on meta_tags (sub_id);

-- The tags a work is found under: the canonical tag of each of its tags (or the tag itself when
-- unwrangled) and every metatag above those.
create table work_filters (
    work_id bigint not null references works (id) on delete cascade,
    tag_id  bigint not null references tags (id) on delete cascade,
    primary key (tag_id, work_id)
);
create index work_filters_by_work on work_filters (work_id);

insert into work_filters (work_id, tag_id)
select wt.work_id, coalesce(t.synonym_of, t.id)
from work_tags wt join tags t on t.id = wt.tag_id
on conflict do nothing;

-- Autocomplete and wrangling bins: tags of a type by name.
create index tags_by_type_and_lower_name on tags (type, lower(name) text_pattern_ops);
-- A canonical tag's synonyms.
create index tags_by_synonym_of on tags (synonym_of) where synonym_of is not null;

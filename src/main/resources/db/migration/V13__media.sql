-- Media: AO3's categories of fandoms. Wranglers put each canonical fandom under one or more media
-- (tag_parents, a Media tag over a Fandom); /media and /media/{name}/fandoms browse them, and a
-- fandom under no medium shows under Uncategorized Fandoms. Media are a fixed, seeded set.

alter table tags drop constraint tags_type_check;
alter table tags add constraint tags_type_check
    check (type in ('Rating', 'ArchiveWarning', 'Category', 'Fandom', 'Relationship', 'Character',
                    'Freeform', 'Media'));

-- A tag a writer already typed with a medium's name keeps its works under a suffixed name, as a new
-- tag whose name is another type's is named (TagDirectory): "Movies (Additional Tags)".
update tags
set name = name || ' (' || case type when 'Freeform' then 'Additional Tags'
                                     when 'ArchiveWarning' then 'Archive Warning'
                                     else type end || ')'
where lower(name) in ('anime & manga', 'books & literature', 'cartoons & comics & graphic novels',
                      'celebrities & real people', 'movies', 'music & bands', 'other media',
                      'theater', 'tv shows', 'video games', 'uncategorized fandoms');

insert into tags (name, type, canonical) values
    ('Anime & Manga', 'Media', true),
    ('Books & Literature', 'Media', true),
    ('Cartoons & Comics & Graphic Novels', 'Media', true),
    ('Celebrities & Real People', 'Media', true),
    ('Movies', 'Media', true),
    ('Music & Bands', 'Media', true),
    ('Other Media', 'Media', true),
    ('Theater', 'Media', true),
    ('TV Shows', 'Media', true),
    ('Video Games', 'Media', true),
    ('Uncategorized Fandoms', 'Media', true);

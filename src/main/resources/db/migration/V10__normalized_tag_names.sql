-- Tag names are looked up by their normalized spelling since issue 20 (trimmed, runs of spaces and
-- tabs collapsed to one space, Unicode NFC; TagNames.normalize). Names stored before then are
-- rewritten to that spelling, so that they can still be found by name, unless the rewritten name
-- is already another tag's: those pairs stay as they are for wranglers to merge as synonyms.
with renamed as (
    select id, normalize(btrim(regexp_replace(name, '[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+', ' ', 'g')), NFC) as name
    from tags
),
changed as (
    select r.id, r.name
    from renamed r
    join tags t on t.id = r.id
    where r.name <> t.name
      and r.name <> ''
      and not exists (select 1 from tags other
                      where lower(other.name) = lower(r.name) and other.id <> r.id)
      -- Two old names that rewrite to the same new one: only the oldest is renamed.
      and r.id = (select min(r2.id) from renamed r2 where lower(r2.name) = lower(r.name))
)
update tags set name = changed.name from changed where tags.id = changed.id;

-- What editors teach Parallax about entities. The shipped gazetteer stays as it is; the analyzer
-- reads it together with these rows (web's GazetteerService), so every instance sharing this
-- database links the same names the same way.

-- A spelling an editor added to an entity ("Batka" for person:lukashenko). alias_key is the
-- spelling lower-cased with runs of spaces collapsed: one spelling names at most one entity.
create sequence entity_aliases_seq start with 1 increment by 50;

create table entity_aliases (
    id         bigint primary key,
    -- a gazetteer id; follows merges (a merge moves the aliases of the entity it removes)
    entity_id  text not null,
    alias      text not null check (length(alias) between 1 and 200),
    alias_key  text not null unique,
    created_by text,
    created_at timestamptz not null default now()
);

create index entity_aliases_entity_idx on entity_aliases (entity_id);

-- Two names found to be one entity: from_id is folded into into_id. A gazetteer entity merged away
-- gives its name, aliases and role phrases to into_id; an "unknown:..." entity gives the spellings
-- it was seen under (stored as entity_aliases rows at merge time). Mentions are re-linked at once.
create sequence entity_merges_seq start with 1 increment by 50;

create table entity_merges (
    id                bigint primary key,
    -- an entity can be merged away only once
    from_id           text not null unique,
    into_id           text not null,
    -- what from_id was called when it was merged, for the record
    from_name         text,
    mentions_relinked integer not null default 0,
    created_by        text,
    created_at        timestamptz not null default now(),
    check (from_id <> into_id)
);

create index entity_merges_into_idx on entity_merges (into_id);

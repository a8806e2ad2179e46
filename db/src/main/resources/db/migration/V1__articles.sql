-- Outlets and the articles they published. An article's id is the SHA-256 (hex) of its cleaned
-- text, so the same article imported twice is stored once.

-- Hibernate's pooled optimizer hands out ids in blocks of 50: the sequence must step by the same.
create sequence outlets_seq start with 1 increment by 50;

create table outlets (
    id         bigint primary key,
    name       text not null unique,
    -- filled in later by hand or by rules; null means "not classified yet"
    kind       text check (kind in ('wire service', 'state media', 'independent', 'aggregator')),
    created_at timestamptz not null default now()
);

create table articles (
    id           varchar(64) primary key check (id ~ '^[0-9a-f]{64}$'),
    outlet_id    bigint not null references outlets (id),
    url          text,
    title        text,
    published    timestamptz,
    byline       text,
    language     text,
    source       text,
    format       text not null,
    raw_text     text not null,
    cleaned_text text not null,
    -- what the cleaner dropped: [{"text", "reason", "line"}], kept so a reader can see why
    removed      jsonb not null default '[]',
    -- {"text", "place", "date", "agency"} or null
    dateline     jsonb,
    warnings     jsonb not null default '[]',
    imported_at  timestamptz not null default now(),
    -- 'simple' (no stemming, no stop words) because the corpus mixes languages and fact-checkers
    -- search for exact names; the title weighs more than the body.
    search       tsvector generated always as (
                     setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                     || setweight(to_tsvector('simple', cleaned_text), 'B')) stored
);

create index articles_search_idx on articles using gin (search);
create index articles_published_idx on articles (published desc nulls last, id);
create index articles_outlet_idx on articles (outlet_id, published desc nulls last, id);

-- What Parallax finds (recomputable) and what reviewers decide (not recomputable).
--
-- Analyses, events, claim groups, discrepancies and evidence are derived from the articles and are
-- replaced whenever an event is compared again. Reviews are people's work: they attach to a
-- discrepancy's stable fingerprint, never to a row id, so they survive re-analysis, and every
-- change to one is an append-only audit row.

-- Background work: analyzing imported articles, re-comparing events after an entity merge.
create sequence jobs_seq start with 1 increment by 50;

create table jobs (
    id           bigint primary key,
    kind         text not null check (kind in ('analyze', 'reanalyze')),
    state        text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
    -- the articles the job is about: a JSON array of article ids (empty for "everything")
    article_ids  jsonb not null default '[]',
    total        integer not null default 0,
    processed    integer not null default 0,
    -- ids of the events the job created or changed, filled in as it goes
    event_ids    jsonb not null default '[]',
    error        text,
    attempts     integer not null default 0,
    -- which instance runs it and when it last said so; a stale heartbeat means that instance died
    claimed_by   text,
    heartbeat_at timestamptz,
    created_by   text,
    created_at   timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz
);

-- Workers claim with "where state = 'queued' order by id for update skip locked".
create index jobs_queue_idx on jobs (state, id);

-- The analysis of one article (core's AnalyzedArticle as JSON), kept so events can be compared
-- again without analyzing every account anew. analyzer_version changes when core's output does.
create table article_analyses (
    article_id       varchar(64) primary key references articles (id) on delete cascade,
    analyzer_version text not null,
    analysis         jsonb not null,
    analyzed_at      timestamptz not null default now()
);

-- Every name an article uses for an entity: how each outlet spells each person, place and system.
create sequence entity_mentions_seq start with 1 increment by 50;

create table entity_mentions (
    id         bigint primary key,
    article_id varchar(64) not null references articles (id) on delete cascade,
    -- the gazetteer id ("lukashenko") or, for names the gazetteer does not know, "unknown:<key>"
    entity_id  text not null,
    surface    text not null,
    -- code point offsets into the article's cleaned text, end exclusive
    start_cp   integer not null,
    end_cp     integer not null,
    -- exact, alias, fuzzy, role, unknown
    match      text not null
);

create index entity_mentions_entity_idx on entity_mentions (entity_id);
create index entity_mentions_article_idx on entity_mentions (article_id);

-- Accounts of one event. public_id stays the same when accounts join or leave.
create sequence events_seq start with 1 increment by 50;

create table events (
    id            bigint primary key,
    public_id     text not null unique,
    label         text not null,
    -- the day the event happened, as the accounts tell it (not when they were published)
    event_date    date,
    places        jsonb not null default '[]',
    participants  jsonb not null default '[]',
    article_count integer not null default 0,
    outlet_count  integer not null default 0,
    -- the comparison's warnings (capped diffs, skipped pairs)
    warnings      jsonb not null default '[]',
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create index events_date_idx on events (event_date desc nulls last, id);

-- An article reports at most one event.
create table event_articles (
    article_id varchar(64) primary key references articles (id) on delete cascade,
    event_id   bigint not null references events (id) on delete cascade
);

create index event_articles_event_idx on event_articles (event_id);

create sequence claim_groups_seq start with 1 increment by 50;

create table claim_groups (
    id          bigint primary key,
    event_id    bigint not null references events (id) on delete cascade,
    -- the comparator's id for the group, stable for the same members
    public_id   text not null unique,
    position    integer not null,
    summary     text not null,
    -- [{"article", "text", "start", "end"}] in code points
    members     jsonb not null,
    -- [[articleId, ...], ...]: accounts that are copies of one source
    copies      jsonb not null default '[]',
    independent integer not null
);

create index claim_groups_event_idx on claim_groups (event_id, position);

create sequence discrepancies_seq start with 1 increment by 50;

create table discrepancies (
    id             bigint primary key,
    event_id       bigint not null references events (id) on delete cascade,
    claim_group_id bigint references claim_groups (id) on delete cascade,
    -- stable across re-analysis; the API's id for a discrepancy and the key reviews attach to
    fingerprint    varchar(64) not null unique check (fingerprint ~ '^[0-9a-f]{64}$'),
    type           text not null check (type in ('ATTRIBUTION', 'NUMBER', 'ENTITY', 'DATE', 'PLACE', 'HEDGE',
                                                 'QUOTE_WORDING', 'OMISSION', 'SPELLING')),
    severity       text not null check (severity in ('HIGH', 'MEDIUM', 'LOW')),
    -- position in the event's ranked list, 0 first
    rank           integer not null,
    summary        text not null
);

create index discrepancies_event_idx on discrepancies (event_id, rank);
create index discrepancies_type_idx on discrepancies (type, severity);

-- One account's exact words for a discrepancy.
create sequence evidence_seq start with 1 increment by 50;

create table evidence (
    id             bigint primary key,
    discrepancy_id bigint not null references discrepancies (id) on delete cascade,
    article_id     varchar(64) not null references articles (id) on delete cascade,
    position       integer not null,
    text           text not null,
    start_cp       integer not null,
    end_cp         integer not null
);

create index evidence_discrepancy_idx on evidence (discrepancy_id, position);
create index evidence_article_idx on evidence (article_id);

-- A reviewer's decision on a discrepancy, by fingerprint. No foreign key on purpose: when the
-- evidence disappears (an article deleted) the review stays, marked orphaned, with a snapshot of
-- what it was about.
create sequence reviews_seq start with 1 increment by 50;

create table reviews (
    id          bigint primary key,
    fingerprint varchar(64) not null unique check (fingerprint ~ '^[0-9a-f]{64}$'),
    status      text not null default 'open' check (status in ('open', 'confirmed', 'dismissed', 'needs-source')),
    verdict     text,
    note        text,
    assignee    text,
    orphaned    boolean not null default false,
    -- what the discrepancy said when last seen: type, summary, evidence, event public id
    snapshot    jsonb not null default '{}',
    -- optimistic locking: an edit based on an older version is refused (409)
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    updated_by  text
);

create index reviews_status_idx on reviews (status, assignee);

-- Every change to a review: who, when, which field, from, to, and the note given with it.
create sequence review_audit_seq start with 1 increment by 50;

create table review_audit (
    id          bigint primary key,
    review_id   bigint not null references reviews (id),
    fingerprint varchar(64) not null,
    actor       text not null,
    at          timestamptz not null default now(),
    field       text not null,
    from_value  text,
    to_value    text,
    note        text
);

create index review_audit_review_idx on review_audit (review_id, id);

-- The audit trail is append-only: the database itself refuses to change or remove a row.
create function review_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'review_audit is append-only';
end;
$$;

create trigger review_audit_no_update before update or delete on review_audit
    for each row execute function review_audit_append_only();

-- Against the record: an event's official record (a transcript, a readout, a joint statement) and
-- how each quotation of the other accounts stands against it.
--
-- An account is a record when its import said so ("record": true) or its outlet is of the kind
-- 'official record' (a government press office). Verdicts are derived like discrepancies: replaced
-- whenever the event is compared again, removed with it.

alter table outlets drop constraint outlets_kind_check;
alter table outlets add constraint outlets_kind_check
    check (kind in ('wire service', 'state media', 'independent', 'aggregator', 'official record'));

alter table articles add column record boolean not null default false;

-- the event's accounts read as its record, a JSON array of article ids
alter table events add column reference jsonb not null default '[]';

create sequence fidelity_checks_seq start with 1 increment by 50;

create table fidelity_checks (
    id                   bigint primary key,
    event_id             bigint not null references events (id) on delete cascade,
    position             integer not null,
    -- the account that quotes, and the words it prints (code points into its cleaned text, end exclusive)
    article_id           varchar(64) not null references articles (id) on delete cascade,
    quote_text           text not null,
    quote_start          integer not null,
    quote_end            integer not null,
    -- DIRECT, INDIRECT, TRANSCRIPT
    kind                 text,
    speaker              text,
    speaker_words        text,
    -- the record's passage the quote renders; null for NOT_IN_RECORD
    record_article_id    varchar(64) references articles (id) on delete cascade,
    record_text          text,
    record_start         integer,
    record_end           integer,
    record_speaker       text,
    record_speaker_words text,
    verdict              text not null check (verdict in ('VERBATIM', 'FAITHFUL', 'ALTERED', 'NOT_IN_RECORD')),
    similarity           double precision not null,
    -- for NOT_IN_RECORD, the record's nearest passage {"article", "text", "start", "end"}, or null
    nearest              jsonb,
    reasons              jsonb not null default '[]',
    -- the fingerprint of the discrepancy an ALTERED quote became (no foreign key: discrepancies are
    -- rewritten in the same transaction and reviews key on fingerprints too)
    discrepancy          varchar(64)
);

create index fidelity_checks_event_idx on fidelity_checks (event_id, position);
create index fidelity_checks_article_idx on fidelity_checks (article_id);

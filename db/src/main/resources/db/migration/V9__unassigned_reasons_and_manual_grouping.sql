-- Accounts in no event, and what people decided about grouping by hand.

-- Why an account is in no event, in one line, as the grouper said when it last placed the account
-- (or as a person's decision says: "detached from event ... by ..."). A row exists only while the
-- account is in no event: storing it in an event removes the row.
create table unassigned_reasons (
    article_id varchar(64) primary key references articles (id) on delete cascade,
    reason     text not null,
    at         timestamptz not null default now()
);

-- A placement decided by hand, which placement by the pipeline keeps: the account stays in event_id
-- (attached, split off, merged), or in no event at all while event_id is null (detached). An account
-- pinned to one event is never grouped with an account pinned to another, so a split stays split
-- when new accounts arrive or analysis runs again. Removing the event removes its pins.
create table account_pins (
    article_id varchar(64) primary key references articles (id) on delete cascade,
    event_id   bigint references events (id) on delete cascade,
    decision   text not null check (decision in ('attach', 'detach', 'merge', 'split')),
    decided_by text not null,
    decided_at timestamptz not null
);

create index account_pins_event_idx on account_pins (event_id);

-- Every change of grouping made by hand: who, when, what (action), on which event (public ids as
-- they were then), which accounts. Append-only, like review_audit.
create sequence grouping_audit_seq start with 1 increment by 50;

create table grouping_audit (
    id          bigint primary key,
    actor       text not null,
    at          timestamptz not null,
    action      text not null check (action in ('attach', 'detach', 'merge', 'split')),
    -- the event acted on: attached to, detached from, merged into, split from
    event_id    text not null,
    -- the other event: the one an attached account left, the one merged away, the one split off
    other_event text,
    -- the accounts moved: a JSON array of article ids
    articles    jsonb not null default '[]',
    note        text
);

create index grouping_audit_event_idx on grouping_audit (event_id, id);
create index grouping_audit_other_idx on grouping_audit (other_event, id);

create function grouping_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'grouping_audit is append-only';
end;
$$;

create trigger grouping_audit_no_update before update or delete on grouping_audit
    for each row execute function grouping_audit_append_only();

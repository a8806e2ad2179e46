-- A finding whose evidence changed (an account joined or left its event, the event was merged,
-- split or compared again) gets a new fingerprint. Its old one leads to the new one here, so old
-- links answer 308 with the new address; chains are kept short (an old id always points at the
-- latest successor).
create table finding_successors (
    fingerprint varchar(64) primary key check (fingerprint ~ '^[0-9a-f]{64}$'),
    successor   varchar(64) not null check (successor ~ '^[0-9a-f]{64}$'),
    at          timestamptz not null default now()
);

create index finding_successors_successor_idx on finding_successors (successor);

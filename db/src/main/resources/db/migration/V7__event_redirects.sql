-- When a new account bridges two stored events, they are stored as one and the smaller one's public
-- id disappears. Its permalinks (/events/{id}, /api/events/{id}/...) keep working: each merged-away
-- id points to the event it now lives in (kept up to date when that one is merged in turn).
create table event_redirects (
    public_id        text primary key,
    target_public_id text not null,
    created_at       timestamptz not null default now()
);

create index event_redirects_target_idx on event_redirects (target_public_id);

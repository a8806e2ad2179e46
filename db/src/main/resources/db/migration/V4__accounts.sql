-- Accounts beyond the first admin: roles, API tokens for programs, sessions for people using pages.

-- Roles rise in this order; each may do what the ones before it may (docs/security.md).
alter table users add constraint users_role_check
    check (role in ('viewer', 'fact-checker', 'editor', 'admin'));

-- A secret a REST consumer sends as "Authorization: Bearer <secret>"; it acts with its user's role.
-- Only the SHA-256 of the secret is kept, so a stolen database gives no working token.
create sequence api_tokens_seq start with 1 increment by 50;

create table api_tokens (
    id           bigint primary key,
    user_id      bigint not null references users (id) on delete cascade,
    name         text not null,
    -- hex SHA-256 of the secret
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    -- revoked tokens stay listed in the table for the record but authenticate no one
    revoked_at   timestamptz
);

create index api_tokens_user_idx on api_tokens (user_id);

-- A signed-in browser: the cookie carries a random id, the table its SHA-256, so several
-- Parallax instances on one database share sessions and signing out ends them everywhere.
create table user_sessions (
    id_hash    text primary key,
    user_id    bigint not null references users (id) on delete cascade,
    -- sent back in every form of the pages (field csrf or header X-CSRF-Token)
    csrf_token text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);

create index user_sessions_user_idx on user_sessions (user_id);
create index user_sessions_expires_idx on user_sessions (expires_at);

-- Accounts allowed to write. For now there is one admin; roles come with the review workflow.
create sequence users_seq start with 1 increment by 50;

create table users (
    id            bigint primary key,
    username      text not null unique,
    -- bcrypt (modular crypt format); the password itself is never stored
    password_hash text not null,
    role          text not null,
    created_at    timestamptz not null default now()
);

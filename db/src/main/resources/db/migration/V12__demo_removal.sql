-- `parallax demo --remove` takes the fictional demo corpus out with everything derived from it,
-- including the audit rows of reviews made on demo findings. The trails stay append-only for
-- everything else: only a transaction that says it is removing the demo (a transaction-local
-- setting, see DemoCorpus) may delete rows, and no one may change one.
create or replace function review_audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('parallax.removing_demo', true) = 'on' then
        return old;
    end if;
    raise exception 'review_audit is append-only';
end;
$$;

create or replace function grouping_audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('parallax.removing_demo', true) = 'on' then
        return old;
    end if;
    raise exception 'grouping_audit is append-only';
end;
$$;

-- A review moves with its finding when the event it was made on is merged into another (a new
-- account bridges two stored events): its fingerprint changes to the one the same finding has under
-- the kept event's id, and an audit row with field 'fingerprint' records the move (from_value is
-- the old fingerprint, to_value the new one). Old links to a moved review are resolved through
-- these rows, so they are looked up by the old fingerprint.
create index review_audit_moves_idx on review_audit (from_value) where field = 'fingerprint';

-- Accounts without a publication date are found by the entities they share with a new account
-- (not by day, as the others are): the few undated articles are reached through this index.
create index articles_undated_idx on articles (id) where published is null;

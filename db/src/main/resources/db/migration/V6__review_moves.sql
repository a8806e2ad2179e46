-- A review moves with its finding when the event it was made on is merged into another (a new
-- account bridges two stored events): its fingerprint changes to the one the same finding has under
-- the kept event's id, and an audit row with field 'fingerprint' records the move (from_value is
-- the old fingerprint, to_value the new one). Old links to a moved review are resolved through
-- these rows, so they are looked up by the old fingerprint.
create index review_audit_moves_idx on review_audit (from_value) where field = 'fingerprint';

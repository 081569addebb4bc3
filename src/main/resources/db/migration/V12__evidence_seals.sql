-- Evidence sealed into the audit chain (EvidenceSeals, ADR 0011): a SEALED audit row holds the hash of
-- every row of a user, a recipe version or an ended batch; `layerpress audit verify` compares the rows
-- with their newest seal, and every start compares the users. The first open that applies this
-- migration seals an older database as it stands (Database.beginSealing).

-- Seals are found by action and entity: one index range per kind, newest last.
CREATE INDEX audit_event_by_action ON audit_event (action, entity_type, entity_id, seq);

-- Users are deactivated, never deleted: every audit row and signature keeps pointing at someone real.
-- Updates stay possible (the wrong-PIN count changes at every wrong PIN); a change made behind the
-- application's back is found by the users' seals instead. TRUNCATE is already refused: signature
-- references users.
CREATE TRIGGER users_no_delete BEFORE DELETE ON users FOR EACH ROW CALL "org.layerpress.store.UserRowTrigger";

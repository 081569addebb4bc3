-- The audit trail (21 CFR 11.10(e); Annex 11 §9): who did what, when, to which record, the value
-- before and after, and why. Each row's hash is SHA-256 over its content and the previous row's
-- hash (AuditChain), so a changed, removed or reordered row is found by `layerpress audit verify`.
-- at_utc keeps nanoseconds (precision 9) because the hash covers the instant exactly as given.
CREATE TABLE audit_event (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    at_utc      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    actor_id    BIGINT        NOT NULL,   -- 0 = the station itself
    actor_login VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_id   VARCHAR(128)  NOT NULL,
    old_value   CHARACTER LARGE OBJECT NOT NULL,
    new_value   CHARACTER LARGE OBJECT NOT NULL,
    reason      VARCHAR(4000) NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    CONSTRAINT audit_event_seq_positive CHECK (seq > 0)
);
CREATE INDEX audit_event_by_actor  ON audit_event (actor_login, seq);
CREATE INDEX audit_event_by_entity ON audit_event (entity_type, entity_id, seq);
CREATE INDEX audit_event_by_time   ON audit_event (at_utc);

-- One row that every append locks (SELECT ... FOR UPDATE) before reading the last row, so two
-- transactions can never both chain onto the same predecessor. The lock is held until commit.
CREATE TABLE audit_append_lock (
    id INT NOT NULL PRIMARY KEY,
    CONSTRAINT audit_append_lock_single_row CHECK (id = 1)
);
INSERT INTO audit_append_lock (id) VALUES (1);

-- The database itself refuses to change or remove audit rows. H2's TRUNCATE fires no triggers but
-- is refused on a table another table references, which is all this (always empty) table is for.
CREATE TABLE audit_event_truncate_guard (
    seq BIGINT,
    CONSTRAINT audit_event_truncate_guard_fk FOREIGN KEY (seq) REFERENCES audit_event (seq)
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

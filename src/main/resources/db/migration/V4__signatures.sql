-- Electronic signatures (21 CFR 11.50, 11.70): each binds one record through the SHA-256 of its
-- canonical content. Append-only like the audit trail; a user who signed can never be deleted.
CREATE TABLE signature (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT        NOT NULL,
    login        VARCHAR(32)   NOT NULL,
    printed_name VARCHAR(80)   NOT NULL,
    signed_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    meaning      VARCHAR(16)   NOT NULL,
    comment      VARCHAR(1000) NOT NULL,
    entity_type  VARCHAR(64)   NOT NULL,
    entity_id    VARCHAR(128)  NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    CONSTRAINT signature_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX signature_by_entity ON signature (entity_type, entity_id);

CREATE TABLE signature_truncate_guard (
    id BIGINT,
    CONSTRAINT signature_truncate_guard_fk FOREIGN KEY (id) REFERENCES signature (id)
);
CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER signature_no_delete BEFORE DELETE ON signature FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

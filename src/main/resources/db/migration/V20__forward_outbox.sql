-- Store and forward to a central PostgreSQL (docs/central.md, ADR 0014). forward_outbox gets one row per
-- new row of every forwarded table, and one per state change of a batch, from OutboxTrigger in the same
-- transaction as the row itself. seq is the station's own sequence: the forwarder sends in seq order
-- and the central copy is ordered by it, never by a clock. k1..k3 are the row's primary key as text.
-- queued_at is the station's clock, only to tell people how old the backlog is.
CREATE TABLE forward_outbox (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name VARCHAR(64)  NOT NULL,
    k1         VARCHAR(128) NOT NULL,
    k2         VARCHAR(128),
    k3         VARCHAR(128),
    queued_at  TIMESTAMP(9) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- The forwarder's bookmark: every outbox row up to last_seq is in the central database (advanced only
-- after the central commit). Bookkeeping, not evidence: the only row the forwarder ever updates.
CREATE TABLE forward_cursor (
    id       INT    NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    CONSTRAINT forward_cursor_single_row CHECK (id = 1),
    CONSTRAINT forward_cursor_not_negative CHECK (last_seq >= 0)
);
INSERT INTO forward_cursor (id, last_seq) VALUES (1, 0);

-- Rows recorded before this migration are queued in the order of their own keys, so a station
-- forwards its whole history.
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'audit_event', CAST(seq AS VARCHAR), NULL, NULL FROM audit_event ORDER BY seq;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'signature', CAST(id AS VARCHAR), NULL, NULL FROM signature ORDER BY id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch', CAST(batch_id AS VARCHAR), NULL, NULL FROM batch ORDER BY started_at, batch_id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_list_entry', CAST(batch_id AS VARCHAR), NULL, NULL FROM batch_list_entry ORDER BY started_at, batch_id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_training', CAST(batch_id AS VARCHAR), NULL, NULL FROM batch_training ORDER BY batch_id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_event', CAST(batch_id AS VARCHAR), CAST(seq AS VARCHAR), NULL FROM batch_event ORDER BY batch_id, seq;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'trace_point', CAST(id AS VARCHAR), NULL, NULL FROM trace_point ORDER BY id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'trace_chunk', CAST(batch_id AS VARCHAR), CAST(step AS VARCHAR), CAST(chunk_seq AS VARCHAR) FROM trace_chunk ORDER BY batch_id, step, chunk_seq;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'vessel_sample', CAST(id AS VARCHAR), NULL, NULL FROM vessel_sample ORDER BY id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_flag', CAST(batch_id AS VARCHAR), CAST(seq AS VARCHAR), NULL FROM batch_flag ORDER BY batch_id, seq;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_flag_summary', CAST(batch_id AS VARCHAR), NULL, NULL FROM batch_flag_summary ORDER BY batch_id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_flag_kind', CAST(batch_id AS VARCHAR), CAST(kind AS VARCHAR), NULL FROM batch_flag_kind ORDER BY batch_id, kind;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_decision', CAST(batch_id AS VARCHAR), NULL, NULL FROM batch_decision ORDER BY batch_id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_review', CAST(batch_id AS VARCHAR), NULL, NULL FROM batch_review ORDER BY batch_id;
INSERT INTO forward_outbox (table_name, k1, k2, k3) SELECT 'batch_amendment', CAST(id AS VARCHAR), NULL, NULL FROM batch_amendment ORDER BY id;

-- From now on every new row is queued by its own transaction.
CREATE TRIGGER audit_event_forward AFTER INSERT ON audit_event FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER signature_forward AFTER INSERT ON signature FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_forward AFTER INSERT, UPDATE ON batch FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_list_entry_forward AFTER INSERT ON batch_list_entry FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_training_forward AFTER INSERT ON batch_training FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_event_forward AFTER INSERT ON batch_event FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER trace_point_forward AFTER INSERT ON trace_point FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER trace_chunk_forward AFTER INSERT ON trace_chunk FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER vessel_sample_forward AFTER INSERT ON vessel_sample FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_flag_forward AFTER INSERT ON batch_flag FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_flag_summary_forward AFTER INSERT ON batch_flag_summary FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_flag_kind_forward AFTER INSERT ON batch_flag_kind FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_decision_forward AFTER INSERT ON batch_decision FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_review_forward AFTER INSERT ON batch_review FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
CREATE TRIGGER batch_amendment_forward AFTER INSERT ON batch_amendment FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";

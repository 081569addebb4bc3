-- Batch records (issue 5): a batch is one line in `batch` plus its append-only events and press
-- traces. The events are the record (BatchEventKind); `batch.state` is a convenience for lists.
-- Instants keep nanoseconds (precision 9) so what is read back equals what was appended.

-- batch: only `state` may ever change, and not once it is COMPLETE or ABORTED; no other column may
-- change and no row may be deleted (BatchRowTrigger). The events carry the full history.
CREATE TABLE batch (
    batch_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    recipe_label VARCHAR(400)  NOT NULL,
    operator     VARCHAR(64)   NOT NULL,
    die_id       VARCHAR(128)  NOT NULL,
    started_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    CONSTRAINT batch_state_known CHECK (state IN ('RUNNING', 'HELD', 'COMPLETE', 'ABORTED', 'INTERRUPTED'))
);
CREATE INDEX batch_by_start ON batch (started_at);
CREATE INDEX batch_by_state ON batch (state, started_at);
CREATE TRIGGER batch_guard BEFORE UPDATE, DELETE ON batch FOR EACH ROW CALL "org.layerpress.store.BatchRowTrigger";

-- batch_event: seq is 1, 2, 3 … per batch, given under a lock on the batch row (JdbcBatchStore).
-- values_json is the event's values as a JSON object with keys sorted (a stable text).
CREATE TABLE batch_event (
    batch_id    VARCHAR(64)   NOT NULL,
    seq         BIGINT        NOT NULL,
    at_utc      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    step        INT           NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    values_json CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT batch_event_pk PRIMARY KEY (batch_id, seq),
    CONSTRAINT batch_event_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT batch_event_seq_positive CHECK (seq > 0),
    CONSTRAINT batch_event_step_not_negative CHECK (step >= 0)
);

-- trace_point: press samples as received (PLC source time, force, ram position); id keeps the
-- insertion order, which is the order read back per step.
CREATE TABLE trace_point (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id    VARCHAR(64)   NOT NULL,
    step        INT           NOT NULL,
    source_time TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    force_kn    DOUBLE PRECISION NOT NULL,
    position_mm DOUBLE PRECISION NOT NULL,
    CONSTRAINT trace_point_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id)
);
CREATE INDEX trace_point_by_step ON trace_point (batch_id, step, id);

-- Append-only, like audit_event: UPDATE and DELETE refused by a trigger, TRUNCATE by an (always
-- empty) table referencing each (H2's TRUNCATE fires no triggers). `batch` cannot be truncated
-- either: batch_event and trace_point reference it.
CREATE TABLE batch_event_truncate_guard (
    batch_id VARCHAR(64),
    seq      BIGINT,
    CONSTRAINT batch_event_truncate_guard_fk FOREIGN KEY (batch_id, seq) REFERENCES batch_event (batch_id, seq)
);
CREATE TABLE trace_point_truncate_guard (
    id BIGINT,
    CONSTRAINT trace_point_truncate_guard_fk FOREIGN KEY (id) REFERENCES trace_point (id)
);
CREATE TRIGGER batch_event_no_update BEFORE UPDATE ON batch_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_event_no_delete BEFORE DELETE ON batch_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER trace_point_no_update BEFORE UPDATE ON trace_point FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER trace_point_no_delete BEFORE DELETE ON trace_point FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

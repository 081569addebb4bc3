-- Finding records by powder lot and material (docs/qa-screens.md#finding-records): one row per layer
-- loaded, copied out of the layer step's confirmation event when it is appended (JdbcBatchLotUses,
-- same transaction), so "which batches used lot X?" is one index range, newest first, and never
-- reads event JSON. The event stays the record; this table is a lookup derived from it.
-- started_at is copied from the batch row so the index gives pages in the list's order.
CREATE TABLE batch_lot_use (
    batch_id   VARCHAR(64)  NOT NULL,
    step       INT          NOT NULL,
    lot        VARCHAR(400) NOT NULL,
    -- what a search matches: the glove pad types capitals only, labels print "LPSCl-2611-07"
    lot_key    VARCHAR(400) GENERATED ALWAYS AS (UPPER(lot)),
    material   VARCHAR(400) NOT NULL,
    layer      VARCHAR(400) NOT NULL,
    -- the mass weighed, in mg, as the event's text has it ("60.4")
    mass_mg    VARCHAR(64)  NOT NULL,
    started_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT batch_lot_use_pk PRIMARY KEY (batch_id, step),
    CONSTRAINT batch_lot_use_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT batch_lot_use_step_positive CHECK (step > 0)
);
CREATE INDEX batch_lot_use_by_lot ON batch_lot_use (lot_key, started_at DESC, batch_id DESC, step);
CREATE INDEX batch_lot_use_by_material ON batch_lot_use (material, started_at DESC, batch_id DESC, step);
-- The die filter, newest first, like batch_by_operator (V8).
CREATE INDEX batch_by_die ON batch (die_id, started_at DESC, batch_id DESC);

-- Layers recorded before this migration: the first confirmation of each step that carries a mass
-- and a lot (a layer load; StepResultCodec's keys). Values are JSON with sorted keys written by
-- Jackson; a lot with a quote or backslash in it keeps its JSON escape here (the input limits refuse
-- neither, but no site's labels use them).
INSERT INTO batch_lot_use (batch_id, step, lot, material, layer, mass_mg, started_at)
    SELECT e.batch_id, e.step,
           REGEXP_SUBSTR(e.values_json, '"lot":"((?:[^"\\]|\\.)*)"', 1, 1, '', 1),
           COALESCE(REGEXP_SUBSTR(e.values_json, '"material":"((?:[^"\\]|\\.)*)"', 1, 1, '', 1), ''),
           COALESCE(REGEXP_SUBSTR(e.values_json, '"layer":"((?:[^"\\]|\\.)*)"', 1, 1, '', 1), ''),
           COALESCE(REGEXP_SUBSTR(e.values_json, '"mass\.mg":"([^"]*)"', 1, 1, '', 1), ''),
           b.started_at
    FROM batch_event e JOIN batch b ON b.batch_id = e.batch_id
    WHERE e.kind = 'STEP_CONFIRMED' AND e.step > 0
      AND REGEXP_LIKE(e.values_json, '"lot":"') AND REGEXP_LIKE(e.values_json, '"mass\.mg":"')
      AND e.seq = (SELECT MIN(f.seq) FROM batch_event f WHERE f.batch_id = e.batch_id AND f.step = e.step
                   AND f.kind = 'STEP_CONFIRMED' AND REGEXP_LIKE(f.values_json, '"lot":"'));

-- Append-only, as the V8 list tables.
CREATE TABLE batch_lot_use_truncate_guard (
    batch_id VARCHAR(64),
    step     INT,
    CONSTRAINT batch_lot_use_truncate_guard_fk FOREIGN KEY (batch_id, step) REFERENCES batch_lot_use (batch_id, step)
);
CREATE TRIGGER batch_lot_use_no_update BEFORE UPDATE ON batch_lot_use FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_lot_use_no_delete BEFORE DELETE ON batch_lot_use FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

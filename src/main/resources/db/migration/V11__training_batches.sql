-- Training batches: a batch run on a demo station or on the simulated press is marked as training
-- when it starts (the STARTED event's "training" value is the record's own mark). batch_training
-- holds one row per such batch, written with the batch row (JdbcBatchStore.markTraining), so the QA
-- batch list can show the mark without reading events. A batch without a row here is production;
-- batches recorded before this migration have none. Append-only like the V8 list tables.
CREATE TABLE batch_training (
    batch_id VARCHAR(64) NOT NULL PRIMARY KEY,
    CONSTRAINT batch_training_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id)
);
CREATE TABLE batch_training_truncate_guard (
    batch_id VARCHAR(64),
    CONSTRAINT batch_training_truncate_guard_fk FOREIGN KEY (batch_id) REFERENCES batch_training (batch_id)
);
CREATE TRIGGER batch_training_no_update BEFORE UPDATE ON batch_training FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_training_no_delete BEFORE DELETE ON batch_training FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

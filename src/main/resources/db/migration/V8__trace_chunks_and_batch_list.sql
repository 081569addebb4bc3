-- Batch records at scale (issue 6): compact press traces, and the QA batch list's own tables so the
-- list never reads events or traces. Every table here is append-only (AppendOnlyTrigger + an empty
-- table referencing it against TRUNCATE), like the V7 record tables. ADR 0005.

-- trace_chunk: one row per recorder flush of one step (~50-100 samples), encoded by
-- TraceChunkCodec (encoding 1: per sample, zig-zag varints of the deltas of source time in µs,
-- force in 0.001 kN and position in 0.0001 mm). first_time is the first sample's source time (at µs),
-- so a SQL tool sees when a chunk starts without decoding it. chunk_seq is 1, 2, 3 … per (batch, step):
-- the read-back order. V7's trace_point rows stay where they are and are read before the chunks.
CREATE TABLE trace_chunk (
    batch_id     VARCHAR(64)  NOT NULL,
    step         INT          NOT NULL,
    chunk_seq    INT          NOT NULL,
    first_time   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    sample_count INT          NOT NULL,
    encoding     SMALLINT     NOT NULL,
    data         VARBINARY(1000000) NOT NULL,
    CONSTRAINT trace_chunk_pk PRIMARY KEY (batch_id, step, chunk_seq),
    CONSTRAINT trace_chunk_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT trace_chunk_seq_positive CHECK (chunk_seq > 0),
    CONSTRAINT trace_chunk_step_not_negative CHECK (step >= 0),
    CONSTRAINT trace_chunk_not_empty CHECK (sample_count > 0),
    CONSTRAINT trace_chunk_encoding_known CHECK (encoding = 1)
);

-- batch_list_entry: what the list filters on that the batch row lacks (the batch row cannot gain
-- columns' values later: BatchRowTrigger). Written with the batch row (JdbcBatchStore.create).
-- recipe_name is the recipe's name without the version (all versions of a recipe filter together).
CREATE TABLE batch_list_entry (
    batch_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    recipe_name VARCHAR(400) NOT NULL,
    started_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT batch_list_entry_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id)
);
-- Batches recorded before V8: the label is "<name> v<version>" (RecipeVersion.label).
INSERT INTO batch_list_entry (batch_id, recipe_name, started_at)
    SELECT batch_id, REGEXP_REPLACE(recipe_label, ' v[0-9]+$', ''), started_at FROM batch;

-- batch_flag: the automatic quality flags of a batch, computed once when it ends (QualityFlagger),
-- in the order computed. batch_flag_summary says "flags were computed" (also for zero flags) and how
-- many; batch_flag_kind has one row per (batch, kind) with the start time copied, so "batches with a
-- flag of kind K, newest first" is one index range.
CREATE TABLE batch_flag (
    batch_id    VARCHAR(64)   NOT NULL,
    seq         INT           NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    step        INT           NOT NULL,
    step_title  VARCHAR(400)  NOT NULL,
    value_text  VARCHAR(400)  NOT NULL,
    limit_text  VARCHAR(400)  NOT NULL,
    explanation VARCHAR(2000) NOT NULL,
    CONSTRAINT batch_flag_pk PRIMARY KEY (batch_id, seq),
    CONSTRAINT batch_flag_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT batch_flag_step_not_negative CHECK (step >= 0)
);
CREATE TABLE batch_flag_summary (
    batch_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    flag_count INT         NOT NULL,
    CONSTRAINT batch_flag_summary_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT batch_flag_summary_count CHECK (flag_count >= 0)
);
CREATE TABLE batch_flag_kind (
    batch_id   VARCHAR(64) NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    started_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT batch_flag_kind_pk PRIMARY KEY (batch_id, kind),
    CONSTRAINT batch_flag_kind_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id)
);

-- batch_decision: QA's decision, one per batch, inserted by the review store (wt-review, V9) in the
-- same transaction as its batch_review row; the list joins it (small, fixed columns).
CREATE TABLE batch_decision (
    batch_id   VARCHAR(64) PRIMARY KEY REFERENCES batch,
    decision   VARCHAR(16) NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
    decided_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- Indexes for "newest first" under each filter: the sort is the index order, so a page is the
-- first rows of one index range (no sort of 100k rows).
-- V7's batch_by_state (state, started_at ASC) is replaced: H2 would pick it and then sort.
DROP INDEX batch_by_state;
CREATE INDEX batch_newest ON batch (started_at DESC, batch_id DESC);
CREATE INDEX batch_by_operator ON batch (operator, started_at DESC, batch_id DESC);
CREATE INDEX batch_by_state_newest ON batch (state, started_at DESC, batch_id DESC);
CREATE INDEX batch_list_entry_by_recipe ON batch_list_entry (recipe_name, started_at DESC, batch_id DESC);
CREATE INDEX batch_flag_kind_newest ON batch_flag_kind (kind, started_at DESC, batch_id DESC);
CREATE INDEX batch_decision_by_decision ON batch_decision (decision);

-- Append-only, as in V7.
CREATE TABLE trace_chunk_truncate_guard (
    batch_id  VARCHAR(64),
    step      INT,
    chunk_seq INT,
    CONSTRAINT trace_chunk_truncate_guard_fk FOREIGN KEY (batch_id, step, chunk_seq) REFERENCES trace_chunk (batch_id, step, chunk_seq)
);
CREATE TABLE batch_list_entry_truncate_guard (
    batch_id VARCHAR(64),
    CONSTRAINT batch_list_entry_truncate_guard_fk FOREIGN KEY (batch_id) REFERENCES batch_list_entry (batch_id)
);
CREATE TABLE batch_flag_truncate_guard (
    batch_id VARCHAR(64),
    seq      INT,
    CONSTRAINT batch_flag_truncate_guard_fk FOREIGN KEY (batch_id, seq) REFERENCES batch_flag (batch_id, seq)
);
CREATE TABLE batch_flag_summary_truncate_guard (
    batch_id VARCHAR(64),
    CONSTRAINT batch_flag_summary_truncate_guard_fk FOREIGN KEY (batch_id) REFERENCES batch_flag_summary (batch_id)
);
CREATE TABLE batch_flag_kind_truncate_guard (
    batch_id VARCHAR(64),
    kind     VARCHAR(32),
    CONSTRAINT batch_flag_kind_truncate_guard_fk FOREIGN KEY (batch_id, kind) REFERENCES batch_flag_kind (batch_id, kind)
);
CREATE TABLE batch_decision_truncate_guard (
    batch_id VARCHAR(64),
    CONSTRAINT batch_decision_truncate_guard_fk FOREIGN KEY (batch_id) REFERENCES batch_decision (batch_id)
);
CREATE TRIGGER trace_chunk_no_update BEFORE UPDATE ON trace_chunk FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER trace_chunk_no_delete BEFORE DELETE ON trace_chunk FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_list_entry_no_update BEFORE UPDATE ON batch_list_entry FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_list_entry_no_delete BEFORE DELETE ON batch_list_entry FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_flag_no_update BEFORE UPDATE ON batch_flag FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_flag_no_delete BEFORE DELETE ON batch_flag FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_flag_summary_no_update BEFORE UPDATE ON batch_flag_summary FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_flag_summary_no_delete BEFORE DELETE ON batch_flag_summary FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_flag_kind_no_update BEFORE UPDATE ON batch_flag_kind FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_flag_kind_no_delete BEFORE DELETE ON batch_flag_kind FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_decision_no_update BEFORE UPDATE ON batch_decision FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_decision_no_delete BEFORE DELETE ON batch_decision FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

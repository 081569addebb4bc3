-- The die registry across stations (docs/dies.md, "Dies on many stations"; ADR 0014). A die is one
-- physical part that moves between presses: its wear is the sum of the press steps of every station.

-- One row per press step ended with a die, written in the step's transaction with the die's own count
-- (JdbcDieStore.recordPress): the evidence the central sum is made of. Forwarded like the other records
-- (OutboxTrigger). V16 kept no per-step rows, only the die's totals, so there is nothing to queue here:
-- a die's presses before this migration stay in its own count (and in the batch records) only.
CREATE TABLE die_use (
    batch_id      VARCHAR(64)                 NOT NULL,
    step          INT                         NOT NULL,
    die_id        VARCHAR(32)                 NOT NULL,
    peak_force_kn DOUBLE PRECISION            NOT NULL,
    used_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, step),
    CONSTRAINT die_use_die FOREIGN KEY (die_id) REFERENCES die (die_id),
    CONSTRAINT die_use_peak_not_negative CHECK (peak_force_kn >= 0)
);
CREATE TRIGGER die_use_no_update BEFORE UPDATE ON die_use FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER die_use_no_delete BEFORE DELETE ON die_use FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
-- H2's TRUNCATE fires no triggers but is refused on a table another table references.
CREATE TABLE die_use_truncate_guard (
    batch_id VARCHAR(64),
    step     INT,
    CONSTRAINT die_use_truncate_guard_fk FOREIGN KEY (batch_id, step) REFERENCES die_use (batch_id, step)
);
CREATE TRIGGER die_use_forward AFTER INSERT ON die_use FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";

-- Which central die publications this station has dealt with, adopted or refused: each is acted on (and a
-- refusal audited) once, across restarts. Bookkeeping like central_user_taken (V25), not evidence: the die's
-- row, its seal and the audit row are.
CREATE TABLE central_die_taken (
    publication_id BIGINT                      NOT NULL PRIMARY KEY,
    die_id         VARCHAR(64)                 NOT NULL,
    outcome        VARCHAR(16)                 NOT NULL,
    taken_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT central_die_taken_outcome CHECK (outcome IN ('ADOPTED', 'REFUSED'))
);

-- The central sum of each die's press steps over every station, as of the last pull: the wear gate at batch
-- start takes the larger of it and the die's own count, so a station offline keeps at least its own. A copy
-- of central's figure, replaced at each pull; not evidence (the die_use rows are).
CREATE TABLE die_site_cycles (
    die_id      VARCHAR(32)                 NOT NULL PRIMARY KEY,
    site_cycles BIGINT                      NOT NULL,
    read_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT die_site_cycles_not_negative CHECK (site_cycles >= 0)
);

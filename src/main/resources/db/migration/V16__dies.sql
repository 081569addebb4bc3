-- The die registry (issue 13, docs/dies.md): the physical dies of the bench as data. A die is
-- retired, never deleted, so every batch record's die_id keeps naming a die the registry knows.
-- Changes by people (bore, rated force, material, rated cycles, status) are audited with a reason
-- and sealed into the audit chain (EvidenceSeals, ADR 0011); the counts change at every press
-- step and are guarded by DieRowTrigger instead (they may only grow).
CREATE TABLE die (
    die_id           VARCHAR(32)  NOT NULL PRIMARY KEY,
    bore_mm          DOUBLE PRECISION NOT NULL,
    rated_force_kn   DOUBLE PRECISION NOT NULL,
    material         VARCHAR(80)  NOT NULL,
    -- NULL: the maker gives no rated cycles; wear is then not checked at batch start.
    rated_cycles     BIGINT,
    -- Press steps ended with this die since it entered the registry.
    cycle_count      BIGINT       NOT NULL DEFAULT 0,
    -- The highest recorded peak force of those steps; NULL until the first one ends.
    highest_force_kn DOUBLE PRECISION,
    status           VARCHAR(16)  NOT NULL,
    created_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP(9),
    CONSTRAINT die_bore_range CHECK (bore_mm >= 1 AND bore_mm <= 100),
    CONSTRAINT die_rated_force_positive CHECK (rated_force_kn > 0),
    CONSTRAINT die_rated_cycles_positive CHECK (rated_cycles IS NULL OR rated_cycles > 0),
    CONSTRAINT die_cycle_count_not_negative CHECK (cycle_count >= 0),
    CONSTRAINT die_highest_force_not_negative CHECK (highest_force_kn IS NULL OR highest_force_kn >= 0),
    CONSTRAINT die_status_known CHECK (status IN ('IN_USE', 'OUT_FOR_REPAIR', 'RETIRED'))
);

-- No DELETE; no change of the id or of when it was added; counts never go down; a RETIRED die
-- stays retired and keeps its bore, rating and material.
CREATE TRIGGER die_guard BEFORE UPDATE, DELETE ON die FOR EACH ROW CALL "org.layerpress.store.DieRowTrigger";

-- H2's TRUNCATE fires no triggers but is refused on a table another table references.
CREATE TABLE die_truncate_guard (
    die_id VARCHAR(32),
    CONSTRAINT die_truncate_guard_fk FOREIGN KEY (die_id) REFERENCES die (die_id)
);

-- vessel_sample: an isostatic vessel's trace (docs/batch-record-format.md, "Vessel trace"), kept apart
-- from the force/position trace (trace_point, trace_chunk) so a vessel pressure in MPa can never be read
-- as a force in kN. One row per vesselPressure sample the HMI received during a PRESSURISE or
-- DEPRESSURISE step, as received: PLC source time, pressure in MPa. temperature_c is the warm isostatic
-- press's medium temperature in force at that sample; NULL when none was read (a CIP has no
-- thermocouple, an open one reads Bad): never a number that did not arrive. A sample that did not arrive
-- is no row; a stretch lost is a TRACE_GAP event. id keeps the insertion order, the read-back order.
CREATE TABLE vessel_sample (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id      VARCHAR(64)      NOT NULL,
    step          INT              NOT NULL,
    source_time   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    pressure_mpa  DOUBLE PRECISION NOT NULL,
    temperature_c DOUBLE PRECISION,
    CONSTRAINT vessel_sample_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT vessel_sample_step_positive CHECK (step > 0)
);
CREATE INDEX vessel_sample_by_step ON vessel_sample (batch_id, step, id);

-- Append-only, as the other record tables (V7, V8).
CREATE TABLE vessel_sample_truncate_guard (
    id BIGINT,
    CONSTRAINT vessel_sample_truncate_guard_fk FOREIGN KEY (id) REFERENCES vessel_sample (id)
);
CREATE TRIGGER vessel_sample_no_update BEFORE UPDATE ON vessel_sample FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER vessel_sample_no_delete BEFORE DELETE ON vessel_sample FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

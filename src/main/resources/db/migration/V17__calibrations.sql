-- Calibration records of the instruments a batch relies on (issue 13, docs/calibration.md): the
-- force signal or a pressure transducer, the platen thermocouples, the balance. Append-only: a new
-- certificate is a new row that supersedes the older one for its instrument, never an UPDATE.
-- Each row is bound to its Supervisor's e-signature (signature.entity_type 'calibration',
-- entity_id the row's id) and sealed into the audit chain (EvidenceSeals, ADR 0011).
CREATE SEQUENCE calibration_seq START WITH 1;

CREATE TABLE calibration (
    id              BIGINT       NOT NULL PRIMARY KEY,
    instrument_kind VARCHAR(24)  NOT NULL,
    -- <press model>/<signal> for a press's instrument, the balance id for the balance.
    instrument_id   VARCHAR(120) NOT NULL,
    calibrated_on   DATE         NOT NULL,
    -- Still in calibration on this day; overdue from the day after.
    due_on          DATE         NOT NULL,
    certificate_id  VARCHAR(64)  NOT NULL,
    entered_by      VARCHAR(32)  NOT NULL,
    entered_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    signature_id    BIGINT       NOT NULL,
    CONSTRAINT calibration_kind_known CHECK (instrument_kind IN ('LOAD_CELL', 'PRESSURE_TRANSDUCER', 'THERMOCOUPLE', 'BALANCE')),
    CONSTRAINT calibration_due_after_calibrated CHECK (due_on > calibrated_on),
    CONSTRAINT calibration_signature_fk FOREIGN KEY (signature_id) REFERENCES signature (id)
);

CREATE INDEX calibration_by_instrument ON calibration (instrument_kind, instrument_id, calibrated_on, id);

CREATE TRIGGER calibration_no_update BEFORE UPDATE ON calibration FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER calibration_no_delete BEFORE DELETE ON calibration FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

-- H2's TRUNCATE fires no triggers but is refused on a table another table references.
CREATE TABLE calibration_truncate_guard (
    calibration_id BIGINT,
    CONSTRAINT calibration_truncate_guard_fk FOREIGN KEY (calibration_id) REFERENCES calibration (id)
);

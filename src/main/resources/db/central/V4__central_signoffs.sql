-- QA workstation -> station: a batch signed off on a QA workstation that reads the central copy
-- (docs/central.md, "Signing off on a QA workstation"). The workstation signs with its own people and
-- PIN and writes one row here; the station that recorded the batch pulls it, checks it against its own
-- record (same content hash, complete, not yet signed off, signer not among the batch's people) and
-- stores it as its review, or refuses it in words in its audit trail. Rows are only ever added: a
-- refused sign-off stays here, and signing again is a new row.
CREATE TABLE central_signoff (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id   TEXT     NOT NULL,
    batch_id     TEXT     NOT NULL,
    content_hash CHAR(64) NOT NULL,
    decision     TEXT     NOT NULL,
    meaning      TEXT     NOT NULL,
    login        TEXT     NOT NULL,
    printed_name TEXT     NOT NULL,
    signed_at    TEXT     NOT NULL,
    comment      TEXT     NOT NULL,
    workstation  TEXT     NOT NULL,
    CONSTRAINT central_signoff_decision_known CHECK (decision IN ('APPROVED', 'REJECTED'))
);
CREATE INDEX central_signoff_by_batch ON central_signoff (station_id, batch_id, id);

-- A review taken from central is signed by someone without an account on the station: its signature
-- row has no user id there (station V24), and the forwarded copy keeps it so.
ALTER TABLE signature ALTER COLUMN user_id DROP NOT NULL;

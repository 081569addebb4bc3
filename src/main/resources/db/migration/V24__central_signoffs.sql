-- Sign-offs from a QA workstation (docs/central.md, "Signing off on a QA workstation").
-- A review signed on a QA workstation names a person of the workstation, who has no account here:
-- its signature row has no user id. The foreign key still holds for every signature with one, so a
-- user of this station who signed can still never be deleted.
ALTER TABLE signature ALTER COLUMN user_id SET NULL;

-- Which central sign-offs this station has dealt with, taken or refused: each is acted on (and its
-- refusal audited) once, across restarts. Bookkeeping like the forwarder's cursor, not evidence: the
-- review, its signature and the audit row are the evidence. Written in the transaction that took or
-- refused the sign-off.
CREATE TABLE central_signoff_taken (
    signoff_id BIGINT                      NOT NULL PRIMARY KEY,
    batch_id   VARCHAR(64)                 NOT NULL,
    outcome    VARCHAR(16)                 NOT NULL,
    taken_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT central_signoff_taken_outcome CHECK (outcome IN ('SIGNED_OFF', 'REFUSED'))
);

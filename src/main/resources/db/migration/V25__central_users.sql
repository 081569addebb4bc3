-- Users from the user home (docs/central.md, "Users from the user home"). Which central publications of
-- a user this station has dealt with, adopted or refused: each is acted on (and a refusal audited) once,
-- across restarts, and the logins adopted are the users managed centrally (the Users screen says so).
-- Bookkeeping like central_signoff_taken, not evidence: the user's row, its seal and the audit row are.
CREATE TABLE central_user_taken (
    publication_id BIGINT                      NOT NULL PRIMARY KEY,
    login          VARCHAR(256)                NOT NULL,
    outcome        VARCHAR(16)                 NOT NULL,
    taken_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT central_user_taken_outcome CHECK (outcome IN ('ADOPTED', 'REFUSED'))
);

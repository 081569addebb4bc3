-- People who may use the station. Users are never deleted, only disabled (active = FALSE), so every
-- audit row and signature keeps pointing at someone real (21 CFR 11.300(b); Annex 11 §12.4).
-- The PIN itself is never stored: only its PBKDF2 parameters, salt and derived key.
CREATE TABLE users (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login               VARCHAR(32)  NOT NULL,
    full_name           VARCHAR(80)  NOT NULL,
    badge_id            VARCHAR(64),
    -- Role names, comma-separated in declaration order ('QA,ADMIN'); a user has at most four.
    roles               VARCHAR(64)  NOT NULL,
    active              BOOLEAN      NOT NULL,
    pin_must_change     BOOLEAN      NOT NULL,
    failed_pin_attempts INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP(9) WITH TIME ZONE,
    demo                BOOLEAN      NOT NULL,
    pin_algorithm       VARCHAR(32)  NOT NULL,
    pin_iterations      INT          NOT NULL,
    pin_salt            VARCHAR(128) NOT NULL,
    pin_hash            VARCHAR(256) NOT NULL,
    created_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP(9),
    CONSTRAINT users_login_unique UNIQUE (login),
    -- NULLs are distinct: any number of users may have no badge.
    CONSTRAINT users_badge_unique UNIQUE (badge_id),
    CONSTRAINT users_failed_attempts_not_negative CHECK (failed_pin_attempts >= 0)
);

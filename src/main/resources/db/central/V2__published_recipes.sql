-- Central -> stations: approved recipe versions published by the station where they were approved
-- (docs/central.md, "Recipes published to the stations"). A version is its recipe file text, the
-- content hash of its canonical text and the signatures that bind to that hash, so each station can
-- check it before offering it. Rows are only ever added; a retirement is a row of its own.
CREATE TABLE published_recipe_version (
    name         TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    definition   TEXT    NOT NULL,
    content_hash CHAR(64) NOT NULL,
    author       TEXT    NOT NULL,
    from_station TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE published_recipe_signature (
    name         TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    login        TEXT    NOT NULL,
    printed_name TEXT    NOT NULL,
    signed_at    TEXT    NOT NULL,
    meaning      TEXT    NOT NULL,
    comment      TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    content_hash CHAR(64) NOT NULL,
    PRIMARY KEY (name, version, seq),
    FOREIGN KEY (name, version) REFERENCES published_recipe_version (name, version)
);

CREATE TABLE published_recipe_retirement (
    name         TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    retired_by   TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    from_station TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    PRIMARY KEY (name, version),
    FOREIGN KEY (name, version) REFERENCES published_recipe_version (name, version)
);

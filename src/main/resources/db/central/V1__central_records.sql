-- The central copy of every station's records (docs/central.md, ADR 0014). One table per forwarded
-- station table, with the same columns plus station_id and station_seq (the station's own outbox
-- sequence: a station's rows are ordered by it, never by a clock). The primary key is the station's id
-- and the station table's own key, so a row sent twice lands once (INSERT ... ON CONFLICT DO NOTHING).
-- Instants are the ISO-8601 text the station stored, with nanoseconds: the audit hash covers them
-- exactly, and PostgreSQL's timestamps keep only microseconds (cast with ::timestamptz to query).
-- No foreign keys: a station's rows may arrive in any grouping, and never need each other to land.

CREATE TABLE audit_event (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    at_utc TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_login TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (station_id, seq)
);
CREATE INDEX audit_event_in_station_order ON audit_event (station_id, station_seq);
CREATE TABLE signature (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    login TEXT NOT NULL,
    printed_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    meaning TEXT NOT NULL,
    comment TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (station_id, id)
);
CREATE INDEX signature_in_station_order ON signature (station_id, station_seq);
CREATE TABLE batch (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    recipe_label TEXT NOT NULL,
    operator TEXT NOT NULL,
    die_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id)
);
CREATE INDEX batch_in_station_order ON batch (station_id, station_seq);
CREATE TABLE batch_list_entry (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    recipe_name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id)
);
CREATE INDEX batch_list_entry_in_station_order ON batch_list_entry (station_id, station_seq);
CREATE TABLE batch_training (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id)
);
CREATE INDEX batch_training_in_station_order ON batch_training (station_id, station_seq);
CREATE TABLE batch_event (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at_utc TEXT NOT NULL,
    kind TEXT NOT NULL,
    step INTEGER NOT NULL,
    actor TEXT NOT NULL,
    values_json TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id, seq)
);
CREATE INDEX batch_event_in_station_order ON batch_event (station_id, station_seq);
CREATE TABLE trace_point (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    id BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    source_time TEXT NOT NULL,
    force_kn DOUBLE PRECISION NOT NULL,
    position_mm DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (station_id, id)
);
CREATE INDEX trace_point_in_station_order ON trace_point (station_id, station_seq);
CREATE TABLE trace_chunk (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    chunk_seq INTEGER NOT NULL,
    first_time TEXT NOT NULL,
    sample_count INTEGER NOT NULL,
    encoding SMALLINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (station_id, batch_id, step, chunk_seq)
);
CREATE INDEX trace_chunk_in_station_order ON trace_chunk (station_id, station_seq);
CREATE TABLE vessel_sample (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    id BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    source_time TEXT NOT NULL,
    pressure_mpa DOUBLE PRECISION NOT NULL,
    temperature_c DOUBLE PRECISION,
    PRIMARY KEY (station_id, id)
);
CREATE INDEX vessel_sample_in_station_order ON vessel_sample (station_id, station_seq);
CREATE TABLE batch_flag (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    step INTEGER NOT NULL,
    step_title TEXT NOT NULL,
    value_text TEXT NOT NULL,
    limit_text TEXT NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id, seq)
);
CREATE INDEX batch_flag_in_station_order ON batch_flag (station_id, station_seq);
CREATE TABLE batch_flag_summary (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    flag_count INTEGER NOT NULL,
    PRIMARY KEY (station_id, batch_id)
);
CREATE INDEX batch_flag_summary_in_station_order ON batch_flag_summary (station_id, station_seq);
CREATE TABLE batch_flag_kind (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id, kind)
);
CREATE INDEX batch_flag_kind_in_station_order ON batch_flag_kind (station_id, station_seq);
CREATE TABLE batch_decision (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id)
);
CREATE INDEX batch_decision_in_station_order ON batch_decision (station_id, station_seq);
CREATE TABLE batch_review (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    signature_id BIGINT NOT NULL,
    PRIMARY KEY (station_id, batch_id)
);
CREATE INDEX batch_review_in_station_order ON batch_review (station_id, station_seq);
CREATE TABLE batch_amendment (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    id BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    field TEXT NOT NULL,
    original_value TEXT NOT NULL,
    corrected_value TEXT NOT NULL,
    reason TEXT NOT NULL,
    signature_id BIGINT NOT NULL,
    PRIMARY KEY (station_id, id)
);
CREATE INDEX batch_amendment_in_station_order ON batch_amendment (station_id, station_seq);

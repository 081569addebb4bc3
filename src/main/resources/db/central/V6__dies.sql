-- The die registry across stations (docs/central.md, "Dies across stations"; ADR 0014).

-- Every station's press steps ended with a die (station migration V26), forwarded like its other records.
-- A die's cycles over the site are the count of its rows here, over every station.
CREATE TABLE die_use (
    station_id    TEXT             NOT NULL,
    station_seq   BIGINT           NOT NULL,
    batch_id      TEXT             NOT NULL,
    step          INTEGER          NOT NULL,
    die_id        TEXT             NOT NULL,
    peak_force_kn DOUBLE PRECISION NOT NULL,
    used_at       TEXT             NOT NULL,
    PRIMARY KEY (station_id, batch_id, step)
);
CREATE INDEX die_use_in_station_order ON die_use (station_id, station_seq);
CREATE INDEX die_use_by_die ON die_use (die_id);

-- A die's definition as a Supervisor published it (`central publish-dies`): one row per die and publication,
-- the newest of a die id is what every station adopts after its own checks. Rows are only ever added.
CREATE TABLE published_die (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    die_id         TEXT             NOT NULL,
    bore_mm        DOUBLE PRECISION NOT NULL,
    rated_force_kn DOUBLE PRECISION NOT NULL,
    material       TEXT             NOT NULL,
    -- NULL: the maker gives no rated cycles.
    rated_cycles   BIGINT,
    status         TEXT             NOT NULL,
    published_by   TEXT             NOT NULL,
    from_station   TEXT             NOT NULL,
    published_at   TEXT             NOT NULL
);
CREATE INDEX published_die_newest ON published_die (die_id, id DESC);

CREATE TRIGGER die_use_append_only BEFORE UPDATE OR DELETE ON die_use FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER die_use_no_truncate BEFORE TRUNCATE ON die_use FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_die_append_only BEFORE UPDATE OR DELETE ON published_die FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_die_no_truncate BEFORE TRUNCATE ON published_die FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();

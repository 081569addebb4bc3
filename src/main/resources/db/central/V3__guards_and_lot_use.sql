-- The central copy is evidence (docs/central.md, ADR 0014): a row lands once and is never changed or
-- removed. Each forwarded table refuses UPDATE, DELETE and TRUNCATE by trigger, so a slip in a SQL
-- console or a wrong script cannot rewrite a record; the one exception is the batch row's state, which
-- follows the station's forward in station sequence (the forwarder's upsert). An owner can still drop
-- or disable a trigger; audit verify --central then finds what was changed (the chain and the seals).

CREATE FUNCTION central_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'central % rows are evidence: % refused (rows are only ever added)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

-- The batch row: only its state may change, and only with a later station sequence (the forwarder's
-- ON CONFLICT ... DO UPDATE ... WHERE batch.station_seq < EXCLUDED.station_seq).
CREATE FUNCTION central_batch_state_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.station_id IS DISTINCT FROM OLD.station_id OR NEW.batch_id IS DISTINCT FROM OLD.batch_id
        OR NEW.recipe_label IS DISTINCT FROM OLD.recipe_label OR NEW.operator IS DISTINCT FROM OLD.operator
        OR NEW.die_id IS DISTINCT FROM OLD.die_id OR NEW.started_at IS DISTINCT FROM OLD.started_at THEN
        RAISE EXCEPTION 'central batch rows are evidence: only the state may change (batch % of station %)', OLD.batch_id, OLD.station_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.station_seq <= OLD.station_seq THEN
        RAISE EXCEPTION 'central batch rows are evidence: a state change needs a later station sequence than % (batch % of station %)',
            OLD.station_seq, OLD.batch_id, OLD.station_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

-- The list's order (newest first, by start time as an instant): the stored text is ISO-8601 with a 'Z'
-- offset, which reads the same whatever the session's time zone, so the cast may be declared immutable
-- and indexed. Without it every page of the list sorts every batch of every station.
CREATE FUNCTION central_instant(text) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1::timestamptz $$;
CREATE INDEX batch_newest_first ON batch (central_instant(started_at) DESC, station_id, batch_id DESC);

-- Finding records by powder lot and material on the central copy: the station's V22 lookup, forwarded
-- since station migration V23. lot_key is a generated column on the station; here it is the value the
-- station computed (capitals), copied like any other column.
CREATE TABLE batch_lot_use (
    station_id  TEXT   NOT NULL,
    station_seq BIGINT NOT NULL,
    batch_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    lot TEXT NOT NULL,
    lot_key TEXT NOT NULL,
    material TEXT NOT NULL,
    layer TEXT NOT NULL,
    mass_mg TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (station_id, batch_id, step)
);
CREATE INDEX batch_lot_use_in_station_order ON batch_lot_use (station_id, station_seq);
-- A lot's page in the list's order straight off this index (started_at is the batch's, copied on the station).
CREATE INDEX batch_lot_use_by_lot ON batch_lot_use (lot_key, central_instant(started_at) DESC, station_id, batch_id DESC, step);
CREATE INDEX batch_lot_use_by_material ON batch_lot_use (material, station_id, batch_id);


CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER signature_append_only BEFORE UPDATE OR DELETE ON signature FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_state_forward_only BEFORE UPDATE ON batch FOR EACH ROW EXECUTE FUNCTION central_batch_state_forward_only();
CREATE TRIGGER batch_no_delete BEFORE DELETE ON batch FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_list_entry_append_only BEFORE UPDATE OR DELETE ON batch_list_entry FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_training_append_only BEFORE UPDATE OR DELETE ON batch_training FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_event_append_only BEFORE UPDATE OR DELETE ON batch_event FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER trace_point_append_only BEFORE UPDATE OR DELETE ON trace_point FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER trace_chunk_append_only BEFORE UPDATE OR DELETE ON trace_chunk FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER vessel_sample_append_only BEFORE UPDATE OR DELETE ON vessel_sample FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_flag_append_only BEFORE UPDATE OR DELETE ON batch_flag FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_flag_summary_append_only BEFORE UPDATE OR DELETE ON batch_flag_summary FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_flag_kind_append_only BEFORE UPDATE OR DELETE ON batch_flag_kind FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_decision_append_only BEFORE UPDATE OR DELETE ON batch_decision FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_review_append_only BEFORE UPDATE OR DELETE ON batch_review FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_amendment_append_only BEFORE UPDATE OR DELETE ON batch_amendment FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_lot_use_append_only BEFORE UPDATE OR DELETE ON batch_lot_use FOR EACH ROW EXECUTE FUNCTION central_refuse_change();

-- TRUNCATE fires no row trigger: refused per statement.
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER signature_no_truncate BEFORE TRUNCATE ON signature FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_no_truncate BEFORE TRUNCATE ON batch FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_list_entry_no_truncate BEFORE TRUNCATE ON batch_list_entry FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_training_no_truncate BEFORE TRUNCATE ON batch_training FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_event_no_truncate BEFORE TRUNCATE ON batch_event FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER trace_point_no_truncate BEFORE TRUNCATE ON trace_point FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER trace_chunk_no_truncate BEFORE TRUNCATE ON trace_chunk FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER vessel_sample_no_truncate BEFORE TRUNCATE ON vessel_sample FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_flag_no_truncate BEFORE TRUNCATE ON batch_flag FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_flag_summary_no_truncate BEFORE TRUNCATE ON batch_flag_summary FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_flag_kind_no_truncate BEFORE TRUNCATE ON batch_flag_kind FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_decision_no_truncate BEFORE TRUNCATE ON batch_decision FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_review_no_truncate BEFORE TRUNCATE ON batch_review FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_amendment_no_truncate BEFORE TRUNCATE ON batch_amendment FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER batch_lot_use_no_truncate BEFORE TRUNCATE ON batch_lot_use FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();

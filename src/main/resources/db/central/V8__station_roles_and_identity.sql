-- Hardening of the central copy (docs/central.md, "A role per station" and "Which central database").

-- 1. Which central database this is. A fresh central database numbers its sign-offs and user publications
-- from 1 again; a station records this id with each number it has dealt with, so the numbers of a replaced
-- database are never taken for ones of the old. Written once, here (central init), never changed.
CREATE TABLE central_identity (
    id         TEXT    NOT NULL PRIMARY KEY,
    created_at TEXT    NOT NULL,
    only_one   BOOLEAN NOT NULL DEFAULT TRUE UNIQUE CHECK (only_one)
);
INSERT INTO central_identity (id, created_at)
    VALUES (gen_random_uuid()::text, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
CREATE TRIGGER central_identity_append_only BEFORE UPDATE OR DELETE ON central_identity FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER central_identity_no_truncate BEFORE TRUNCATE ON central_identity FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();

-- 2. A login role per station (`central add-station`): which role forwards for which station. Roles are the
-- server's, not this database's; this table says what a role may do here. Rows are only added.
CREATE TABLE central_station_role (
    role_name  TEXT NOT NULL PRIMARY KEY,
    station_id TEXT NOT NULL UNIQUE,
    added_at   TEXT NOT NULL
);
CREATE TRIGGER central_station_role_append_only BEFORE UPDATE OR DELETE ON central_station_role FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER central_station_role_no_truncate BEFORE TRUNCATE ON central_station_role FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();

-- The station a role forwards for, or NULL for any other role (the owner, QA's readers). Security definer so a
-- station role needs no grant on the table above; the caller passes current_user (inside a security definer
-- function current_user is the function's owner).
CREATE FUNCTION central_station_of(role_name TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT r.station_id FROM central_station_role r WHERE r.role_name = $1
$$;

-- A station's role writes its own station's rows only: an insert (or the batch state's upsert) naming another
-- station is refused before anything is written, and the round's transaction rolls back whole.
CREATE FUNCTION central_own_station_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    own TEXT := central_station_of(current_user::text);
BEGIN
    IF own IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF OLD.station_id IS DISTINCT FROM own THEN
            RAISE EXCEPTION 'central % rows of station % refused: role % writes only the rows of station %', TG_TABLE_NAME, OLD.station_id, current_user, own
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.station_id IS DISTINCT FROM own THEN
        RAISE EXCEPTION 'central % rows of station % refused: role % writes only the rows of station %', TG_TABLE_NAME, NEW.station_id, current_user, own
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_own_station BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER signature_own_station BEFORE INSERT ON signature FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_own_station BEFORE INSERT OR UPDATE ON batch FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_list_entry_own_station BEFORE INSERT ON batch_list_entry FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_training_own_station BEFORE INSERT ON batch_training FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_event_own_station BEFORE INSERT ON batch_event FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER trace_point_own_station BEFORE INSERT ON trace_point FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER trace_chunk_own_station BEFORE INSERT ON trace_chunk FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER vessel_sample_own_station BEFORE INSERT ON vessel_sample FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_flag_own_station BEFORE INSERT ON batch_flag FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_flag_summary_own_station BEFORE INSERT ON batch_flag_summary FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_flag_kind_own_station BEFORE INSERT ON batch_flag_kind FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_decision_own_station BEFORE INSERT ON batch_decision FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_review_own_station BEFORE INSERT ON batch_review FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_amendment_own_station BEFORE INSERT ON batch_amendment FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER batch_lot_use_own_station BEFORE INSERT ON batch_lot_use FOR EACH ROW EXECUTE FUNCTION central_own_station_only();
CREATE TRIGGER die_use_own_station BEFORE INSERT ON die_use FOR EACH ROW EXECUTE FUNCTION central_own_station_only();

-- A station reads the sign-offs for its own batches only. Row-level security binds roles that do not own the
-- table; the policy lets every role that is not a station's (a QA workstation's, say) read and write as before.
ALTER TABLE central_signoff ENABLE ROW LEVEL SECURITY;
CREATE POLICY central_signoff_own_station ON central_signoff
    USING (central_station_of(current_user::text) IS NULL OR station_id = central_station_of(current_user::text))
    WITH CHECK (central_station_of(current_user::text) IS NULL OR station_id = central_station_of(current_user::text));

-- The station alarm history (docs/alarms.md): one row per transition of a station alarm (raised,
-- cleared, acknowledged, shelved, unshelved), with or without a batch. Append-only: the state of an
-- alarm is its newest row, never an UPDATE of an older one.
CREATE SEQUENCE station_alarm_event_seq START WITH 1;

CREATE TABLE station_alarm_event (
    id            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    alarm_key     VARCHAR(64)  NOT NULL,
    transition    VARCHAR(16)  NOT NULL,
    priority      VARCHAR(8)   NOT NULL,
    state_after   VARCHAR(32)  NOT NULL,
    -- The login of who acted, or 'station' for a condition or the station clock.
    actor         VARCHAR(64)  NOT NULL,
    -- The alarm's message when raised, the reason when shelved.
    detail        VARCHAR(400) NOT NULL,
    shelved_until TIMESTAMP(9) WITH TIME ZONE,
    -- The batch open at the time, or '' when none was.
    batch_id      VARCHAR(64)  NOT NULL,
    CONSTRAINT station_alarm_transition_known CHECK (transition IN ('RAISED', 'CLEARED', 'ACKNOWLEDGED', 'SHELVED', 'UNSHELVED')),
    CONSTRAINT station_alarm_priority_known CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT station_alarm_state_known CHECK (state_after IN ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'RETURNED_UNACKNOWLEDGED', 'NORMAL'))
);

CREATE INDEX station_alarm_event_by_time ON station_alarm_event (occurred_at, id);

CREATE TRIGGER station_alarm_event_no_update BEFORE UPDATE ON station_alarm_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER station_alarm_event_no_delete BEFORE DELETE ON station_alarm_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";

-- H2's TRUNCATE fires no triggers but is refused on a table another table references.
CREATE TABLE station_alarm_event_truncate_guard (
    station_alarm_event_id BIGINT,
    CONSTRAINT station_alarm_event_truncate_guard_fk FOREIGN KEY (station_alarm_event_id) REFERENCES station_alarm_event (id)
);

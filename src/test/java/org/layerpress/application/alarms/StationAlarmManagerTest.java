package org.layerpress.application.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.store.JdbcStationAlarmHistory;
import org.layerpress.testing.TestStation;

/** Station alarms on a real H2 file: states driven by the condition, acknowledgement, shelving on the moved clock, the history. */
class StationAlarmManagerTest {

    private static final AlarmCondition DOOR = new AlarmCondition("DOOR_OPEN_WHILE_PRESSING", AlarmPriority.HIGH, "Door opened while the press was running");
    private static final AlarmCondition ATMOSPHERE = new AlarmCondition("ATMOSPHERE", AlarmPriority.MEDIUM, "Glovebox O2 above 1 ppm");

    @TempDir
    Path dir;
    private TestStation station;
    private StationAlarmManager manager;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
        manager = new StationAlarmManager(new JdbcStationAlarmHistory(station.transactions()), station.transactions(),
                station.services().authorizer(), station.services().auditor(), station.clock());
    }

    @AfterEach
    void close() {
        station.close();
    }

    private AlarmState state(AlarmCondition c) {
        return manager.alarm(c.key()).orElseThrow().state();
    }

    @Test
    void anActiveConditionRaisesAnUnacknowledgedAlarmAndClearingItLeavesItReturnedUntilAcknowledged() {
        manager.condition(DOOR, true);
        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, state(DOOR));
        assertTrue(manager.current().get(0).needsAttention());

        manager.condition(DOOR, false);
        assertEquals(AlarmState.RETURNED_UNACKNOWLEDGED, state(DOOR), "the condition cleared, nobody acknowledged");
        assertEquals(1, manager.current().size(), "a returned alarm is still shown until someone acknowledges it");

        manager.acknowledge(station.quinn(), DOOR.key());
        assertEquals(AlarmState.NORMAL, state(DOOR));
        assertEquals(List.of(), manager.current());
    }

    @Test
    void anAcknowledgedAlarmStaysActiveWhileItsConditionLastsAndGoesNormalWhenItClears() {
        manager.condition(DOOR, true);
        StationAlarm acked = manager.acknowledge(station.olga(), DOOR.key());
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, acked.state());
        assertEquals("olga", acked.acknowledgedBy());
        assertFalse(acked.needsAttention());

        manager.condition(DOOR, true);
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, state(DOOR), "the same condition again changes nothing");

        manager.condition(DOOR, false);
        assertEquals(AlarmState.NORMAL, state(DOOR));
    }

    @Test
    void aConditionReturningBeforeTheAcknowledgementRaisesTheAlarmAgain() {
        manager.condition(DOOR, true);
        manager.condition(DOOR, false);
        manager.condition(DOOR, true);

        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, state(DOOR));
    }

    @Test
    void aNewKindOfConditionNeedsNoChangeToTheManager() {
        manager.condition(ATMOSPHERE, true);

        assertEquals(AlarmPriority.MEDIUM, manager.alarm("ATMOSPHERE").orElseThrow().priority());
        assertEquals("Glovebox O2 above 1 ppm", manager.current().get(0).message());
    }

    @Test
    void everyTransitionIsInTheHistoryNewestFirstAndInTheAuditTrail() {
        manager.condition(DOOR, true);
        manager.acknowledge(station.olga(), DOOR.key());
        manager.condition(DOOR, false);

        List<StationAlarmEvent> history = manager.history(station.olga(), Duration.ofHours(24));
        assertEquals(List.of(AlarmTransition.CLEARED, AlarmTransition.ACKNOWLEDGED, AlarmTransition.RAISED),
                history.stream().map(StationAlarmEvent::transition).toList());
        assertEquals(List.of(AlarmState.NORMAL, AlarmState.ACTIVE_ACKNOWLEDGED, AlarmState.ACTIVE_UNACKNOWLEDGED),
                history.stream().map(StationAlarmEvent::stateAfter).toList());
        assertEquals(List.of("station", "olga", "station"), history.stream().map(StationAlarmEvent::actor).toList());
        assertEquals("Door opened while the press was running", history.get(2).detail());
        assertEquals(1, station.auditCount(AuditActions.STATION_ALARM, "olga"));
        assertEquals(2, station.auditCount(AuditActions.STATION_ALARM, "station"));
    }

    @Test
    void theHistoryReadsOnlyTheWindowAskedFor() {
        manager.condition(DOOR, true);
        station.clock().advance(Duration.ofDays(2));
        manager.condition(DOOR, false);

        assertEquals(1, manager.history(station.olga(), Duration.ofHours(24)).size());
        assertEquals(2, manager.history(station.olga(), Duration.ofDays(7)).size());
    }

    @Test
    void theHistoryIsAppendOnlyInTheDatabase() {
        manager.condition(DOOR, true);

        SQLException update = assertThrows(SQLException.class, () -> station.sql("UPDATE station_alarm_event SET actor = 'x'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM station_alarm_event"));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }

    @Test
    void aShelvedAlarmLeavesTheBannerUntilTheStationClockRunsOutItsTime() {
        List<List<StationAlarm>> told = new CopyOnWriteArrayList<>();
        manager.addListener(told::add);
        manager.condition(DOOR, true);

        StationAlarm shelved = manager.shelve(station.sam(), new ShelveCommand(DOOR.key(), ShelveDuration.MINUTES_15, "Door switch being replaced"));
        assertTrue(shelved.shelved());
        assertFalse(manager.current().get(0).needsAttention(), "shelved: not in the banner");
        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, shelved.state(), "shelving does not acknowledge");

        station.clock().advance(Duration.ofMinutes(14));
        manager.unshelveExpired();
        assertTrue(manager.alarm(DOOR.key()).orElseThrow().shelved(), "14 of 15 minutes");

        station.clock().advance(Duration.ofMinutes(1));
        manager.unshelveExpired();
        assertFalse(manager.alarm(DOOR.key()).orElseThrow().shelved());
        assertTrue(manager.current().get(0).needsAttention(), "back in the banner");
        assertEquals(3, told.size(), "raised, shelved, unshelved: each told; the early tick changed nothing");

        List<StationAlarmEvent> history = manager.history(station.sam(), Duration.ofHours(1));
        assertEquals(AlarmTransition.UNSHELVED, history.get(0).transition());
        assertEquals(AlarmTransition.SHELVED, history.get(1).transition());
        assertEquals("sam", history.get(1).actor());
        assertEquals("Door switch being replaced", history.get(1).detail());
        assertEquals(TestStation.START, history.get(1).shelvedUntil().orElseThrow().minus(Duration.ofMinutes(15)).toString());
    }

    @Test
    void anOperatorMayAcknowledgeButNotShelve() {
        manager.condition(DOOR, true);

        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> manager.shelve(station.olga(), new ShelveCommand(DOOR.key(), ShelveDuration.HOUR_1, "Nuisance")));
        assertTrue(denied.getMessage().contains("shelve an alarm"), denied.getMessage());
        assertFalse(manager.alarm(DOOR.key()).orElseThrow().shelved());
        assertEquals(1, manager.history(station.olga(), Duration.ofHours(1)).size(), "the refusal wrote no transition");
    }

    @Test
    void shelvingNeedsAReasonInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShelveCommand(DOOR.key(), ShelveDuration.HOURS_8, "  "));
        assertEquals("shelving DOOR_OPEN_WHILE_PRESSING needs a reason", e.getMessage());
    }

    @Test
    void acknowledgingAnAlarmTheStationHasNotSeenIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> manager.acknowledge(station.olga(), "NOPE"));
        assertEquals("there is no alarm NOPE on this station", e.getMessage());
    }

    @Test
    void aFailedWriteOfAnAcknowledgementChangesNothing() throws SQLException {
        manager.condition(DOOR, true);
        station.sql("ALTER TABLE station_alarm_event ADD CONSTRAINT no_olga CHECK (actor <> 'olga')");

        assertThrows(RuntimeException.class, () -> manager.acknowledge(station.olga(), DOOR.key()));

        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, state(DOOR));
        assertEquals(0, station.auditCount(AuditActions.STATION_ALARM, "olga"), "the audit row went with the history row");
    }

    @Test
    void theBatchOpenWhenAnAlarmIsRaisedIsKeptWithIt() {
        manager.openBatchFrom(() -> "B-7");
        manager.condition(DOOR, true);

        assertEquals("B-7", manager.alarm(DOOR.key()).orElseThrow().batchId());
        assertEquals("B-7", manager.history(station.olga(), Duration.ofHours(1)).get(0).batchId());
    }
}

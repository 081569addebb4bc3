package org.layerpress.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.alarms.AlarmTransition;
import org.layerpress.application.alarms.BatchAlarmConditions;
import org.layerpress.application.alarms.PressConditions;
import org.layerpress.application.alarms.StationAlarm;
import org.layerpress.application.alarms.StationAlarmEvent;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/**
 * Station alarms on the real simulated PLC over OPC UA loopback, with no batch open: the door opened
 * while the press runs a cycle, and the link lost, each raised, acknowledged and back to normal by the
 * condition; the history on the station's H2 file says so. With a batch open, its door alarm returns
 * when the door is closed, though the held batch's record keeps it active until resumed.
 */
class StationAlarmsOnSimulatorTest {

    @TempDir
    Path dir;
    private TestStation station;
    private StationAlarmManager alarms;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        alarms = station.alarms().manager();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private AlarmState state(String key) {
        return alarms.alarm(key).map(StationAlarm::state).orElse(AlarmState.NORMAL);
    }

    private void waitForState(String key, AlarmState expected) {
        Eventually.waitUntil(key + " " + expected, () -> state(key) == expected, () -> alarms.alarm(key));
    }

    /** A press cycle started at the PLC without any batch (as a commissioning test cycle does). */
    private void startCycleWithoutBatch() throws Exception {
        Eventually.waitUntil("press ready", () -> station.live().interlockBlockers(true).isEmpty(), () -> station.live().interlockBlockers(true));
        station.port().write(StandardSignal.SETPOINT_FORCE, 5);
        station.port().write(StandardSignal.RAMP_RATE, 5);
        station.port().write(StandardSignal.HOLD_TIME, 60);
        station.port().command(StandardSignal.START);
        Eventually.waitUntil("pressing", () -> station.press().plc().state().pressing(), station.press().plc()::state);
        Eventually.waitUntil("RUNNING seen", () -> station.live().isTrue(StandardSignal.RUNNING), station.live()::snapshot);
    }

    @Test
    void theDoorOpenedWhileThePressRunsWithNoBatchIsAnAlarmUntilAcknowledgedAndTheDoorClosed() throws Exception {
        station.press().plc().setDoorClosed(false);
        Eventually.waitUntil("door open seen", () -> !station.live().isTrue(StandardSignal.DOOR_CLOSED), station.live()::snapshot);
        station.press().plc().setDoorClosed(true);
        Eventually.waitUntil("door closed seen", () -> station.live().isTrue(StandardSignal.DOOR_CLOSED), station.live()::snapshot);
        assertEquals(AlarmState.NORMAL, state(PressConditions.DOOR_OPEN_WHILE_PRESSING), "opening the idle press to load it is no alarm");

        startCycleWithoutBatch();
        station.press().plc().setDoorClosed(false);

        waitForState(PressConditions.DOOR_OPEN_WHILE_PRESSING, AlarmState.ACTIVE_UNACKNOWLEDGED);
        assertEquals("", alarms.alarm(PressConditions.DOOR_OPEN_WHILE_PRESSING).orElseThrow().batchId(), "no batch was open");
        waitForState(PressConditions.PLC_FAULT, AlarmState.ACTIVE_UNACKNOWLEDGED);
        assertTrue(alarms.alarm(PressConditions.PLC_FAULT).orElseThrow().message().startsWith("PLC fault 1"),
                alarms.alarm(PressConditions.PLC_FAULT).orElseThrow().message());

        alarms.acknowledge(station.olga(), PressConditions.DOOR_OPEN_WHILE_PRESSING);
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, state(PressConditions.DOOR_OPEN_WHILE_PRESSING));
        Eventually.waitUntil("released", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, state(PressConditions.DOOR_OPEN_WHILE_PRESSING),
                "the press stopped but the door is still open: still active");

        station.press().plc().setDoorClosed(true);

        waitForState(PressConditions.DOOR_OPEN_WHILE_PRESSING, AlarmState.NORMAL);
        List<AlarmTransition> door = alarms.history(station.olga(), Duration.ofHours(1)).stream()
                .filter(e -> e.alarmKey().equals(PressConditions.DOOR_OPEN_WHILE_PRESSING)).map(StationAlarmEvent::transition).toList();
        assertEquals(List.of(AlarmTransition.CLEARED, AlarmTransition.ACKNOWLEDGED, AlarmTransition.RAISED), door);
    }

    @Test
    void aLostLinkWithNoBatchIsAnAlarmThatReturnsWhenTheLinkIsBackAndWaitsForItsAcknowledgement() {
        station.press().simulator().stopServer();

        waitForState(PressConditions.LINK_LOST, AlarmState.ACTIVE_UNACKNOWLEDGED);

        station.press().simulator().start();
        Eventually.waitUntil("link up again", () -> station.live().link().state() == LinkState.CONNECTED, station.live()::link);
        waitForState(PressConditions.LINK_LOST, AlarmState.RETURNED_UNACKNOWLEDGED);
        assertTrue(alarms.current().stream().anyMatch(a -> a.key().equals(PressConditions.LINK_LOST) && a.needsAttention()),
                "returned but not acknowledged: still shown");

        alarms.acknowledge(station.sam(), PressConditions.LINK_LOST);

        assertEquals(AlarmState.NORMAL, state(PressConditions.LINK_LOST));
        StationAlarmEvent ack = alarms.history(station.sam(), Duration.ofHours(1)).get(0);
        assertEquals(AlarmTransition.ACKNOWLEDGED, ack.transition());
        assertEquals("sam", ack.actor());
    }

    @Test
    void aBatchDoorAlarmReturnsWhenTheDoorIsClosedThoughTheHeldRecordKeepsItActiveAndIsNormalOnceAcknowledged() {
        long recipe = station.approvedRecipe("Door", Duration.ofSeconds(30));
        String batchId = station.startAndLoad(station.olga(), recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(station.olga());
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);

        station.press().plc().setDoorClosed(false);

        Eventually.waitUntil("held", () -> station.stored(batchId).state() == BatchState.HELD, () -> station.stored(batchId).state());
        BatchAlarm held = station.stored(batchId).alarms().get(0);
        // The simulated PLC trips its door interlock fault in the same scan as the door signal; now and then the fault
        // reaches the HMI first and the batch is held for the PLC fault, which no closed door clears. Then this run
        // cannot show the returning door alarm (seen once in three full runs on 2 busy cores).
        Assumptions.assumeTrue(HoldCause.DOOR_OPENED.key().equals(held.cause()),
                "held for " + held.cause() + ": the PLC's interlock fault arrived before the door signal");
        String key = BatchAlarmConditions.key(batchId, held.id());
        waitForState(key, AlarmState.ACTIVE_UNACKNOWLEDGED);

        station.press().plc().setDoorClosed(true);

        waitForState(key, AlarmState.RETURNED_UNACKNOWLEDGED);
        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, station.stored(batchId).alarms().get(0).state(), "the held record keeps its alarm until resumed");
        assertTrue(alarms.current().stream().anyMatch(a -> a.key().equals(key) && a.needsAttention()), "returned but not acknowledged: still shown");

        alarms.acknowledge(station.olga(), key);

        assertEquals(AlarmState.NORMAL, state(key));
        assertEquals("olga", station.stored(batchId).alarms().get(0).acknowledgedBy(), "acknowledged in the batch record too");
        List<AlarmTransition> history = alarms.history(station.olga(), Duration.ofHours(1)).stream()
                .filter(e -> e.alarmKey().equals(key)).map(StationAlarmEvent::transition).toList();
        assertEquals(List.of(AlarmTransition.ACKNOWLEDGED, AlarmTransition.CLEARED, AlarmTransition.RAISED), history);
    }
}

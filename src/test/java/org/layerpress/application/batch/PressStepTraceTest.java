package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.sim.ContractDeviation;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/**
 * A press step's trace from the PLC's buffered trace (docs/plc-interface.md, section 6), and what bad
 * data, a broken block and a silent PLC do to the step: the real simulator over loopback, the real
 * Milo adapter, the real H2 file; one of each for the whole class.
 */
class PressStepTraceTest {

    private static final int PRESS_STEP = 4;

    @TempDir
    static Path dir;
    private static TestStation station;
    private static long recipe;
    private Session olga;
    private String batchId;

    @BeforeAll
    static void station() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        recipe = station.approvedRecipe("Traced", Duration.ofSeconds(2));
    }

    @AfterAll
    static void close() {
        station.close();
    }

    /** Back to an idle press without fault and no open batch, for the next test. */
    @AfterEach
    void idleAgain() {
        station.press().simulator().freeze(false);
        station.press().simulator().deviateFrom(Set.of());
        station.press().simulator().clearRawValue(StandardSignal.FORCE);
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(olga, "test over");
        }
        station.press().simulator().fireCommand(StandardSignal.STOP);
        Eventually.waitUntil("PLC idle", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);
        station.press().simulator().fireCommand(StandardSignal.RESET);
        Eventually.waitUntil("no fault", () -> station.live().fault().isEmpty(), station.live()::snapshot);
    }

    private void pressUntilHolding() {
        olga = station.olga();
        batchId = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
    }

    private BatchRun awaitHeld() {
        Eventually.waitUntil("held", () -> station.stored(batchId).state() == BatchState.HELD, () -> station.sequencer().current());
        return station.stored(batchId);
    }

    private List<BatchEvent> events() {
        return station.services().transactions().inTransaction(() -> station.stores().batches().events(batchId));
    }

    @Test
    void aPressStepIsRecordedFromThePlcsRingEverySampleOnceWithoutAGap() {
        long before = station.press().simulator().traceCount();
        pressUntilHolding();
        Eventually.waitUntil("step confirmed", () -> station.stored(batchId).step(PRESS_STEP).state() == StepState.CONFIRMED,
                () -> station.sequencer().current());
        long after = station.press().simulator().traceCount();

        List<TracePoint> trace = station.sequencer().trace(batchId, PRESS_STEP);
        int periodMs = station.mapping().forceTrace().orElseThrow().periodMillis();
        for (int i = 1; i < trace.size(); i++) {
            assertEquals(Duration.ofMillis(periodMs), Duration.between(trace.get(i - 1).sourceTime(), trace.get(i).sourceTime()),
                    "sample " + i + " follows the one before by one PLC period: none lost, none twice");
        }
        // Ramp (about 1 s) and the 2 s hold at one sample per 5 ms scan, all of them between the counts around the step.
        assertTrue(trace.size() > 3_000 / periodMs, "samples: " + trace.size());
        assertTrue(trace.size() <= after - before, trace.size() + " samples of " + (after - before) + " the PLC wrote meanwhile");
        assertTrue(trace.stream().mapToDouble(TracePoint::forceKiloNewtons).max().orElse(0) > 7, "the trace reaches the setpoint");
        BatchRun record = station.stored(batchId);
        assertEquals(0, record.traceGaps(), record::toString);
        assertEquals(0, record.traceSamplesLost());

        station.sequencer().release(olga);
        Eventually.waitUntil("released", () -> station.stored(batchId).step(PRESS_STEP + 1).state() == StepState.CONFIRMED,
                () -> station.sequencer().current());
        assertTrue(station.sequencer().trace(batchId, PRESS_STEP + 1).size() > 5, "the release is traced from the ring as well");
    }

    @Test
    void badDataOnTheForceSignalHoldsThePressStepInWordsAndIsNeverRecorded() {
        pressUntilHolding();
        station.press().simulator().injectRawValue(StandardSignal.FORCE, "abc");
        BatchRun held = awaitHeld();
        assertTrue(held.holdCause().contains("bad data from the PLC") && held.holdCause().contains("force: the PLC sent String 'abc', the mapping says Double"),
                held.holdCause());
        BatchAlarm alarm = held.alarms().get(held.alarms().size() - 1);
        assertEquals(HoldCause.BAD_DATA.key(), alarm.cause());
        assertEquals(AlarmPriority.HIGH, alarm.priority());
        assertTrue(alarm.message().contains("'abc'"), alarm.message());
        assertTrue(station.sequencer().trace(batchId, PRESS_STEP).stream().allMatch(p -> Double.isFinite(p.forceKiloNewtons())),
                "nothing bad is recorded as a measurement");
        assertTrue(events().stream().anyMatch(e -> e.kind() == BatchEventKind.HELD && e.value(BatchRun.CAUSE_KEY).equals("BAD_DATA")));
    }

    @Test
    void aTraceBlockOfTheWrongLengthHoldsThePressStepAndItsLostSamplesAreCounted() {
        pressUntilHolding();
        station.press().simulator().deviateFrom(Set.of(ContractDeviation.TRACE_WRONG_LENGTH));
        BatchRun held = awaitHeld();
        assertTrue(held.holdCause().contains("bad data from the PLC") && held.holdCause().contains("values, the mapping says length 4096"),
                held.holdCause());
        Eventually.waitUntil("the unreadable samples declared", () -> station.stored(batchId).traceSamplesLost() > 0, () -> station.stored(batchId));
        BatchEvent gap = events().stream().filter(e -> e.kind() == BatchEventKind.TRACE_GAP).findFirst().orElseThrow();
        assertTrue(TraceGapValues.samplesLost(gap.values()).orElse(0) > 0, gap::toString);
        assertTrue(gap.value(BatchRun.CAUSE).contains("unreadable"), gap::toString);
    }

    @Test
    void aTraceCountStuckWhileThePlcRunsOnIsBadData() {
        pressUntilHolding();
        station.press().simulator().deviateFrom(Set.of(ContractDeviation.TRACE_COUNT_STUCK));
        BatchRun held = awaitHeld();
        assertTrue(held.holdCause().contains("bad data from the PLC") && held.holdCause().contains("stuck at"), held.holdCause());
    }

    @Test
    void aSilentPlcHoldsThePressStepAsALostLinkWithAnAlarmAndAGap() {
        pressUntilHolding();
        station.press().simulator().freeze(true);
        BatchRun held = awaitHeld();
        assertTrue(held.holdCause().contains("PLC link lost during the press step: PLC stopped answering: plcAlive did not advance for 500 ms"),
                held.holdCause());
        assertEquals(HoldCause.LINK_LOST.key(), held.alarms().get(held.alarms().size() - 1).cause());
        assertEquals(1, held.traceGaps());
        assertEquals(1, held.traceGapsOfUnknownLength(), "how much a silent PLC missed is unknown");
        assertTrue(station.sequencer().trace(batchId, PRESS_STEP).size() > 10, "the trace up to the silence is kept");
    }
}

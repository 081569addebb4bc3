package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/**
 * Stop on the press page, on the real simulator over loopback and the real H2 file: the PLC is told
 * to STOP and releases to IDLE, the batch is HELD "Stopped by" the person with the reason they
 * picked, in the record and the audit trail, and the step can be repeated.
 */
class StopPressTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private List<BatchEvent> held(String id) {
        return station.events(id).stream().filter(e -> e.kind() == BatchEventKind.HELD).toList();
    }

    /** The PLC's alive counter as the HMI last read it: one more every PLC scan. */
    private long plcScans() {
        return station.live().latest(StandardSignal.PLC_ALIVE).map(sample -> (long) sample.value()).orElse(-1L);
    }

    @Test
    void stopDuringTheHoldReleasesThePressAndHoldsTheBatchWithWhoAndWhy() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Stoppable", Duration.ofSeconds(30));
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);

        assertThrows(BatchRefusedException.class, () -> station.sequencer().stopPress(olga, "Powder escaping"),
                "nothing is pressing yet");
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        BatchRefusedException noReason = assertThrows(BatchRefusedException.class, () -> station.sequencer().stopPress(olga, "  "));
        assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());
        assertEquals(PlcState.HOLDING, station.press().plc().state(), "a refused stop writes nothing to the PLC");

        BatchRun after = station.sequencer().stopPress(olga, "Powder escaping");

        assertEquals(BatchState.HELD, after.state());
        Eventually.waitUntil("PLC released to IDLE", () -> station.press().plc().state() == PlcState.IDLE && station.press().plc().realForce() < 0.05,
                station.press().plc()::state);
        BatchRun stored = station.stored(id);
        assertEquals(BatchState.HELD, stored.state());
        assertEquals(BatchState.HELD, station.summaryState(id));
        assertEquals("Stopped by Olga Operator", stored.holdCause());
        assertEquals("Powder escaping", stored.holdReason());
        List<BatchEvent> held = held(id);
        assertEquals(1, held.size(), held::toString);
        assertEquals("olga", held.get(0).actor());
        assertEquals(HoldCause.OPERATOR_STOP.key(), held.get(0).value(BatchRun.CAUSE_KEY));
        assertEquals(4, held.get(0).step(), "the press step");
        assertEquals(1, station.auditCount(AuditActions.PRESS_STOPPED, "olga"));
        assertFalse(olga.boundToRunningStep(), "stopped: the idle timeout applies again");
        assertFalse(station.sequencer().trace(id, 4).isEmpty(), "the trace up to the stop is kept");

        // Nothing the station does later overwrites who stopped it: the step done never comes. Waited for
        // as seen, not for a time: the HMI reads the press at rest, then the PLC's scan counter moves on
        // (every sample the PLC sent meanwhile has reached the sequencer), then the sequencer's worker has
        // run whatever those samples triggered.
        Eventually.waitUntil("the HMI reads the press at rest", () -> station.live().force().filter(f -> f.in(ForceUnit.KILONEWTON) < 0.05).isPresent(),
                station.live()::force);
        long scansAtRest = plcScans();
        Eventually.waitUntil("the PLC scanned on", () -> plcScans() > scansAtRest + 25, this::plcScans);
        station.sequencer().workerCaughtUp().get(30, TimeUnit.SECONDS);
        assertEquals(1, held(id).size());
        assertEquals(StepState.ACTIVE, station.stored(id).step(4).state());

        Eventually.waitUntil("resumable", () -> station.live().resumeBlockers().isEmpty(), station.live()::resumeBlockers);
        BatchRun resumed = station.sequencer().resume(olga, Decision.REPEAT_STEP);
        assertEquals(BatchState.RUNNING, resumed.state());
        assertEquals("", resumed.holdReason());
        assertEquals(2, resumed.step(4).attempts());
    }
}

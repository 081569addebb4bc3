package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/** A PLC without a buffered trace: the press step is recorded from the force and position samples, and bad data still holds it. */
class SampledTraceFallbackTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void withoutForceTraceTheStepIsRecordedFromTheSamplesAndBadDataHoldsIt() throws Exception {
        station = TestStation.builder(dir).demoUsers().mapping(m -> m.withForceTrace(Optional.empty())).simulatedPress().build();
        assertFalse(station.port().hasTrace());
        long recipe = station.approvedRecipe("Sampled", Duration.ofSeconds(1));
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("step 4 confirmed", () -> station.stored(id).step(4).state() == StepState.CONFIRMED,
                () -> station.sequencer().current() + " PLC " + station.press().plc().state() + " " + station.live().snapshot());
        List<TracePoint> trace = station.sequencer().trace(id, 4);
        assertTrue(trace.size() > 50, "samples recorded: " + trace.size());
        station.sequencer().release(olga);
        Eventually.waitUntil("released", () -> station.stored(id).step(5).state() == StepState.CONFIRMED, () -> station.sequencer().current());

        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("ramping", () -> station.press().plc().state() == PlcState.RAMPING || station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        station.press().simulator().injectRawValue(StandardSignal.FORCE, Double.NaN);
        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.sequencer().current());
        BatchRun held = station.stored(id);
        assertTrue(held.holdCause().contains("bad data from the PLC during the press step: force: the PLC sent Double NaN"), held.holdCause());
        assertEquals("BAD_DATA", held.alarms().get(held.alarms().size() - 1).cause());
        assertTrue(station.sequencer().trace(id, 7).stream().allMatch(p -> Double.isFinite(p.forceKiloNewtons())), "no NaN in the record");
        station.press().simulator().clearRawValue(StandardSignal.FORCE);
    }
}

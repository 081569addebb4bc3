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

/** A PLC without a buffered trace: the press step is recorded from the force and position samples, and bad data still holds it. */
class SampledTraceFallbackTest {

    @TempDir
    Path dir;
    private SequencerRig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void withoutForceTraceTheStepIsRecordedFromTheSamplesAndBadDataHoldsIt() throws Exception {
        rig = new SequencerRig(dir, SequencerRig.quiet(), m -> m.withForceTrace(Optional.empty()));
        assertFalse(rig.port.hasTrace());
        long recipe = rig.approvedRecipe("Sampled", Duration.ofSeconds(1));
        Session olga = rig.operator();
        String id = rig.startAndLoad(olga, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(olga);
        Eventually.waitUntil("step 4 confirmed", () -> rig.stored(id).step(4).state() == StepState.CONFIRMED,
                () -> rig.sequencer.current() + " PLC " + rig.plc.state() + " " + rig.live.snapshot());
        List<TracePoint> trace = rig.sequencer.trace(id, 4);
        assertTrue(trace.size() > 50, "samples recorded: " + trace.size());
        rig.sequencer.release(olga);
        Eventually.waitUntil("released", () -> rig.stored(id).step(5).state() == StepState.CONFIRMED, () -> rig.sequencer.current());

        rig.sequencer.loadLayer(olga, 30, "LOT-B", Optional.empty());
        Eventually.waitUntil("start not blocked", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(olga);
        Eventually.waitUntil("ramping", () -> rig.plc.state() == PlcState.RAMPING || rig.plc.state() == PlcState.HOLDING, rig.plc::state);
        rig.sim.injectRawValue(StandardSignal.FORCE, Double.NaN);
        Eventually.waitUntil("held", () -> rig.stored(id).state() == BatchState.HELD, () -> rig.sequencer.current());
        BatchRun held = rig.stored(id);
        assertTrue(held.holdCause().contains("bad data from the PLC during the press step: force: the PLC sent Double NaN"), held.holdCause());
        assertEquals("BAD_DATA", held.alarms().get(held.alarms().size() - 1).cause());
        assertTrue(rig.sequencer.trace(id, 7).stream().allMatch(p -> Double.isFinite(p.forceKiloNewtons())), "no NaN in the record");
        rig.sim.clearRawValue(StandardSignal.FORCE);
    }
}

package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QualityFlagger;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.PlcState;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/**
 * Quality flags on faults injected into the real simulator, stored when the batch ends through the
 * sequencer's batch-end hook (real OPC UA link, real H2 file).
 */
class FlagsOnSimulatorFaultsTest {

    @TempDir
    Path dir;
    private TestStation station;
    private JdbcBatchListStore lists;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private String pressWith(Runnable fault) throws InterruptedException {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        lists = station.stores().batchList();
        long recipe = station.approvedRecipe("Faulty", Duration.ofSeconds(2));
        Session s = station.olga();
        String id = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        fault.run();
        Eventually.waitUntil("step 4 deviated", () -> station.stored(id).step(4).state() == StepState.DEVIATED, () -> station.stored(id));
        station.sequencer().abort(s, "fault injected for a test");
        return id;
    }

    private List<QualityFlag> stored(String id) {
        return station.services().transactions().inTransaction(() -> lists.flags(id));
    }

    @Test
    void aLeakInjectedDuringTheHoldIsStoredAsAHoldDecayLeakFlagWhenTheBatchEnds() throws Exception {
        String id = pressWith(() -> station.press().plc().injectLeak(2.0));
        station.press().plc().clearLeak();
        List<QualityFlag> flags = stored(id);
        assertTrue(flags.stream().anyMatch(f -> f.kind() == FlagKind.HOLD_DECAY_LEAK && f.step() == 4), flags.toString());
        assertTrue(flags.stream().noneMatch(f -> f.kind() == FlagKind.HOLD_DECAY_CREEP), flags.toString());
        assertEquals(QualityFlagger.flags(station.stored(id), step -> station.sequencer().trace(id, step)), flags,
                "what is stored is what the record and its stored trace give");
    }

    @Test
    void anOverPressureSpikeIsStoredAsAnOverPressureFlagWithItsPeak() throws Exception {
        String id = pressWith(() -> station.press().plc().injectOverPressureSpike(3.0, 0.3));
        List<QualityFlag> flags = stored(id);
        QualityFlag over = flags.stream().filter(f -> f.kind() == FlagKind.OVER_PRESSURE).findFirst().orElseThrow(() -> new AssertionError(flags));
        assertEquals(4, over.step());
        assertTrue(over.limit().contains("110.0 MPa"), over.limit());
        assertTrue(Double.parseDouble(over.value().split(" ")[0]) > 110, over.value());
    }
}

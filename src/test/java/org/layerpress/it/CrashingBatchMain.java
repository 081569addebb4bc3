package org.layerpress.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.testing.TestStation;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.PlcState;

/**
 * The child JVM of {@link CrashRecoveryTest}: a whole station (H2 file in {@code args[0]}, simulator,
 * OPC UA adapter, sequencer) that runs a batch into the hold of its first press step and then waits
 * to be killed. It tells the parent on stdout, one flushed line each, only what is already committed:
 * {@code BATCH id}, {@code CONFIRMED n} after each confirmation returned, {@code HOLDING n} with the
 * trace points of the press step the database holds, read back from it.
 */
public final class CrashingBatchMain {

    /** The press step of the fast recipe (check, scan, load, press…). */
    public static final int PRESS_STEP = 4;

    private CrashingBatchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Duration hold = Duration.ofSeconds(Long.parseLong(args[1]));
        TestStation station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Crash", hold);
        Session olga = station.olga();
        BatchSequencer seq = station.sequencer();
        String id = seq.start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        say("BATCH " + id);
        seq.confirmCheck(olga);
        say("CONFIRMED 1");
        seq.confirmScan(olga, TestStation.DIE.id());
        say("CONFIRMED 2");
        seq.loadLayer(olga, 60.5, "LOT-A", Optional.empty());
        say("CONFIRMED 3");
        while (!seq.pressBlockers().isEmpty()) {
            pause();
        }
        seq.startPress(olga);
        while (true) {
            // Counted from the database, so every point reported is committed; reported only while the PLC holds.
            int committed = seq.trace(id, PRESS_STEP).size();
            if (seq.current().map(r -> r.step(PRESS_STEP).state() == StepState.CONFIRMED).orElse(false)) {
                say("CONFIRMED " + PRESS_STEP);
            } else if (station.press().plc().state() == PlcState.HOLDING) {
                say("HOLDING " + committed);
            }
            pause();
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void pause() {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
}

package org.layerpress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.Decision;
import org.layerpress.testing.TestStation;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.testing.Eventually;

/**
 * Crash recovery (docs/decisions/0006-h2-no-space-reuse.md): a child JVM runs a batch into a press
 * hold and is killed (SIGKILL: no shutdown hook, no last flush, no closing of the database). The same
 * database opened here has every step the child saw confirmed, the trace it saw committed, and the
 * batch INTERRUPTED; taken up again, the press step is repeated and the batch completes.
 */
class CrashRecoveryTest {

    /** Long enough that the kill lands inside the hold even on a loaded machine; the repeat presses it again. */
    private static final int HOLD_SECONDS = 5;
    /** Trace points committed before the kill: a few flushes' worth. */
    private static final int POINTS_BEFORE_KILL = 20;

    @TempDir
    Path dir;
    private Process child;
    private TestStation station;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (station != null) {
            station.close();
        }
    }

    @Test
    void aBatchKilledMidHoldKeepsEveryConfirmedStepAndItsTraceAndCompletesAfterResuming() throws Exception {
        AtomicReference<String> batchId = new AtomicReference<>();
        Set<Integer> confirmed = new ConcurrentSkipListSet<>();
        AtomicInteger committedPoints = new AtomicInteger(-1);
        child = launchChild();
        Thread reader = readLines(child, line -> {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "BATCH" -> batchId.set(w[1]);
                case "CONFIRMED" -> confirmed.add(Integer.parseInt(w[1]));
                case "HOLDING" -> committedPoints.accumulateAndGet(Integer.parseInt(w[1]), Math::max);
                default -> { } // anything else the child prints is not a report
            }
        });

        Eventually.waitUntil("the child holding with " + POINTS_BEFORE_KILL + " trace points committed", Duration.ofSeconds(90),
                () -> committedPoints.get() >= POINTS_BEFORE_KILL || !child.isAlive(), () -> childLog() + " reported " + confirmed);
        assertTrue(child.isAlive(), "the child died on its own: " + childLog());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed");
        reader.join(10_000);
        // Every report read, including any still in the pipe at the kill: each was committed before it was printed.
        int traced = committedPoints.get();
        String id = batchId.get();
        assertEquals(Set.of(1, 2, 3), confirmed, "killed in the hold of step " + CrashingBatchMain.PRESS_STEP);

        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        List<BatchRun> found = station.sequencer().recoverInterrupted();

        assertEquals(1, found.size());
        BatchRun run = found.get(0);
        assertEquals(id, run.batchId());
        assertEquals(BatchState.INTERRUPTED, run.state());
        for (int step : confirmed) {
            assertEquals(StepState.CONFIRMED, run.step(step).state(), "step " + step);
        }
        assertEquals("60.5", run.step(3).value("mass.mg"));
        assertEquals(StepState.ACTIVE, run.step(CrashingBatchMain.PRESS_STEP).state(), "the press step was cut short");
        int stored = station.sequencer().trace(id, CrashingBatchMain.PRESS_STEP).size();
        assertTrue(stored >= traced, "trace up to the kill: " + stored + " stored, " + traced + " reported committed");
        assertEquals(1, run.traceGaps(), "the gap from the kill to the restart is declared");

        Session olga = station.olga();
        station.sequencer().openInterrupted(olga, id);
        station.sequencer().resume(olga, Decision.REPEAT_STEP);
        pressAndRelease(olga, id, 4);
        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        pressAndRelease(olga, id, 7);
        station.sequencer().eject(olga);
        station.sequencer().inspect(olga, Map.of("No cracks", true));

        BatchRun done = station.stored(id);
        assertEquals(BatchState.COMPLETE, done.state());
        assertEquals(2, done.step(CrashingBatchMain.PRESS_STEP).attempts(), "the press step ran again");
        assertTrue(station.sequencer().trace(id, CrashingBatchMain.PRESS_STEP).size() > stored, "the repeat is traced after the first attempt");
        assertFalse(station.services().transactions().inTransaction(() -> station.stores().batches().events(id)).stream()
                .noneMatch(e -> e.kind() == BatchEventKind.INTERRUPTED), "the interruption stays in the record");
    }

    private void pressAndRelease(Session s, String id, int step) {
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("step " + step + " confirmed", Duration.ofSeconds(30),
                () -> station.stored(id).step(step).state() == StepState.CONFIRMED, () -> station.sequencer().current());
        station.sequencer().release(s);
        Eventually.waitUntil("release confirmed", Duration.ofSeconds(30),
                () -> station.stored(id).step(step + 1).state() == StepState.CONFIRMED, () -> station.sequencer().current());
    }

    private Process launchChild() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingBatchMain.class.getName(), dir.toString(), Integer.toString(HOLD_SECONDS));
        pb.redirectError(dir.resolve("child.log").toFile());
        return pb.start();
    }

    private String childLog() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("child.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no child log: " + e.getMessage() + ")";
        }
    }

    private static Thread readLines(Process p, java.util.function.Consumer<String> onLine) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    onLine.accept(line.strip());
                }
            } catch (IOException e) {
                // The pipe breaks at the kill: whatever was read is what the child reported.
            }
        }, "crash-child-stdout");
        t.setDaemon(true);
        t.start();
        return t;
    }
}

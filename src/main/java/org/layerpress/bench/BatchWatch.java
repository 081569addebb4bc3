package org.layerpress.bench;

import java.time.Duration;
import java.util.function.Predicate;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;

/**
 * Waits for the sequencer to report a batch change (press done, release done), the way a screen
 * would: through its listener, never by sleeping a fixed time.
 */
final class BatchWatch {

    private BatchRun latest;

    BatchWatch(BatchSequencer sequencer) {
        sequencer.addListener(this::changed);
    }

    private synchronized void changed(BatchRun run) {
        latest = run;
        notifyAll();
    }

    /** Waits until step {@code number} of the batch has ended (confirmed or deviated) or the batch left RUNNING. */
    BatchRun awaitStepEnded(String batchId, int number, Duration timeout) throws InterruptedException {
        return await(r -> r.batchId().equals(batchId)
                && (r.state() != BatchState.RUNNING || r.step(number).state() != StepState.ACTIVE && r.step(number).state() != StepState.PENDING),
                timeout, "step " + number + " of " + batchId + " to end");
    }

    /**
     * Waits until Start would be enabled (no blockers), as the operator waits for the Start button:
     * after a release the PLC reports READY only once the force is back to zero, and READY is
     * sampled at its own, slower interval.
     */
    static void awaitStartAllowed(BatchSequencer sequencer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.List<String> blockers = sequencer.pressBlockers();
        while (!blockers.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: Start still blocked after " + timeout.toSeconds() + " s: " + String.join(", ", blockers));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            blockers = sequencer.pressBlockers();
        }
    }

    private synchronized BatchRun await(Predicate<BatchRun> done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (latest == null || !done.test(latest)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new IllegalStateException("bench: timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + (latest == null ? "" : " (batch is " + latest.state() + ")"));
            }
            wait(left);
        }
        return latest;
    }
}

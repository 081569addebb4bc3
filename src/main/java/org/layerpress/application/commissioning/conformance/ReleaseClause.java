package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;

/** "release to zero": after release↑ {@code running} falls and force < 0.05 kN (of the cycle the ramp clause left holding, or a new one). */
final class ReleaseClause implements Clause {

    @Override
    public String name() {
        return "release to zero";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        if (!run.bit(StandardSignal.STEP_DONE)) {
            run.toIdle();
            String notStarted = run.startCycle(run.force(), run.quickRamp(), 0.5);
            if (!notStarted.isEmpty()) {
                return ClauseResult.fail(this, notStarted);
            }
            if (!run.await(() -> run.bit(StandardSignal.STEP_DONE), run.cycleTime(run.force(), run.quickRamp(), 0.5))) {
                run.toIdle();
                return ClauseResult.fail(this, "no cycle reached stepDone to release");
            }
        }
        double held = run.forceNow();
        long released = System.nanoTime();
        run.pulse(StandardSignal.RELEASE);
        boolean zero = run.await(() -> !run.bit(StandardSignal.RUNNING) && run.forceNow() < ConformanceRun.ZERO_KN, Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - released) / 1e9;
        if (zero) {
            return ClauseResult.pass(this, "from " + ConformanceRun.kn(held) + " to " + ConformanceRun.kn(run.forceNow())
                    + ", running 0, after " + ConformanceRun.seconds(seconds));
        }
        String measured = "after 30 s: running " + (run.bit(StandardSignal.RUNNING) ? 1 : 0) + ", force " + ConformanceRun.kn(run.forceNow());
        run.toIdle();
        return ClauseResult.fail(this, measured);
    }
}

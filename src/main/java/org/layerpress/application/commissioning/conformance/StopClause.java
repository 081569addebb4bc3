package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/** "stop": stop↑ during a ramp releases to zero without a fault and without {@code stepDone}. */
final class StopClause implements Clause {

    @Override
    public String name() {
        return "stop";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        double target = run.force();
        double slow = Math.min(run.mapping.press().maxRampKiloNewtonsPerSecond(), target / 2);
        long from = System.nanoTime();
        String notStarted = run.startCycle(target, slow, run.request.holdSeconds());
        if (!notStarted.isEmpty()) {
            return ClauseResult.fail(this, notStarted);
        }
        if (!run.await(() -> run.forceNow() >= target * 0.3, run.cycleTime(target, slow, 0))) {
            run.toIdle();
            return ClauseResult.fail(this, "the ramp never got going: " + ConformanceRun.kn(run.forceNow()));
        }
        double stoppedAt = run.forceNow();
        run.pulse(StandardSignal.STOP);
        boolean zero = run.await(() -> !run.bit(StandardSignal.RUNNING) && run.forceNow() < ConformanceRun.ZERO_KN, Duration.ofSeconds(30));
        boolean stepDone = run.log.first(StandardSignal.STEP_DONE, from, PressSample::asBoolean).isPresent();
        int fault = run.faultCode();
        String measured = "stopped at " + ConformanceRun.kn(stoppedAt) + " of " + ConformanceRun.kn(target) + "; force "
                + ConformanceRun.kn(run.forceNow()) + ", running " + (run.bit(StandardSignal.RUNNING) ? 1 : 0)
                + ", faultCode " + fault + ", stepDone " + (stepDone ? "rose" : "stayed 0");
        if (zero && fault == 0 && !stepDone) {
            return ClauseResult.pass(this, measured);
        }
        run.toIdle();
        return ClauseResult.fail(this, measured);
    }
}

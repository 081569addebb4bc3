package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * "ramp, hold, stepDone": force reaches the setpoint band, {@code stepDone} rises holdTime (± 0.5 s)
 * after, and not before. Timed on the PLC's source timestamps. Leaves the press holding in DONE for
 * the release clause.
 */
final class RampHoldClause implements Clause {

    /** The band the HMI takes as "at setpoint", as the contract's reference PLC does (0.5 %). */
    static final double BAND = 0.005;
    static final double TOLERANCE_S = 0.5;

    @Override
    public String name() {
        return "ramp, hold, stepDone";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        double target = run.force();
        double hold = run.request.holdSeconds();
        long from = System.nanoTime();
        String notStarted = run.startCycle(target, run.quickRamp(), hold);
        if (!notStarted.isEmpty()) {
            return ClauseResult.fail(this, notStarted);
        }
        boolean done = run.await(() -> run.bit(StandardSignal.STEP_DONE) || !run.bit(StandardSignal.RUNNING),
                run.cycleTime(target, run.quickRamp(), hold));
        Optional<PressSample> inBand = run.log.first(StandardSignal.FORCE, from, s -> s.value() >= target * (1 - BAND));
        Optional<PressSample> stepDone = run.log.first(StandardSignal.STEP_DONE, from, PressSample::asBoolean);
        if (inBand.isEmpty()) {
            run.toIdle();
            return ClauseResult.fail(this, "force never reached the band: peak " + ConformanceRun.kn(run.log.max(StandardSignal.FORCE, from))
                    + " of " + ConformanceRun.kn(target));
        }
        if (!done || stepDone.isEmpty()) {
            run.toIdle();
            return ClauseResult.fail(this, "in band, but stepDone never rose");
        }
        double seconds = Duration.between(inBand.get().sourceTime(), stepDone.get().sourceTime()).toMillis() / 1000.0;
        String measured = String.format(Locale.ROOT, "in band at %s, stepDone %.2f s later (holdTime %.2f s)",
                ConformanceRun.kn(inBand.get().value()), seconds, hold);
        if (Math.abs(seconds - hold) <= TOLERANCE_S) {
            return ClauseResult.pass(this, measured);
        }
        run.toIdle();
        return ClauseResult.fail(this, measured + (seconds < hold ? ": too early" : ": too late"));
    }
}

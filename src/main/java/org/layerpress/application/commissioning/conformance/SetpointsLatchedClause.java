package org.layerpress.application.commissioning.conformance;

import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;

/**
 * "setpoints latched at START": half the force written as setpoint during the ramp must not change
 * the force the cycle reaches. A lower value, so a PLC that does take it never presses harder than
 * the check asked.
 */
final class SetpointsLatchedClause implements Clause {

    @Override
    public String name() {
        return "setpoints latched at START";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        double target = run.force();
        double ramp = Math.min(run.mapping.press().maxRampKiloNewtonsPerSecond(), target / 1.5);
        long from = System.nanoTime();
        String notStarted = run.startCycle(target, ramp, run.request.holdSeconds());
        if (!notStarted.isEmpty()) {
            return ClauseResult.fail(this, notStarted);
        }
        try {
            if (!run.await(() -> run.forceNow() >= target * 0.25, run.cycleTime(target, ramp, 0))) {
                return ClauseResult.fail(this, "force never reached a quarter of " + ConformanceRun.kn(target) + " (" + ConformanceRun.kn(run.forceNow()) + ")");
            }
            double written = target / 2;
            run.port.write(StandardSignal.SETPOINT_FORCE, written);
            run.await(() -> run.bit(StandardSignal.STEP_DONE) || !run.bit(StandardSignal.RUNNING), run.cycleTime(target, ramp, run.request.holdSeconds()));
            double peak = run.log.max(StandardSignal.FORCE, from);
            String measured = "reached " + ConformanceRun.kn(peak) + " of " + ConformanceRun.kn(target);
            if (peak >= target * 0.98) {
                return ClauseResult.pass(this, measured + "; " + ConformanceRun.kn(written) + " written during the ramp changed nothing");
            }
            return ClauseResult.fail(this, measured + ": the setpoint written during the ramp (" + ConformanceRun.kn(written) + ") took effect");
        } finally {
            run.port.write(StandardSignal.SETPOINT_FORCE, target);
            run.toIdle();
        }
    }
}

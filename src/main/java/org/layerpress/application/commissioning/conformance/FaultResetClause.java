package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;

/**
 * "fault and reset": start↑ with {@code setpointForce} = 0 latches fault 5 and drops {@code ready};
 * release↑ does not clear it; reset↑ does. Not run without a mapped {@code reset}: the check would
 * leave a fault latched that only the press's own panel can clear.
 */
final class FaultResetClause implements Clause {

    static final int SETPOINT_OUT_OF_RANGE = 5;
    /** How long the fault must stay after release↑: several scans of any PLC the contract allows. */
    static final Duration STAYS = Duration.ofMillis(600);

    @Override
    public String name() {
        return "fault and reset";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        if (!run.port.isMapped(StandardSignal.RESET)) {
            return ClauseResult.notMapped(this, "no reset in the mapping (recommended; without it a fault is reset at the press's panel)");
        }
        String blocked = run.notReady();
        if (!blocked.isEmpty()) {
            return ClauseResult.fail(this, blocked);
        }
        try {
            run.setpoints(0, run.quickRamp(), run.request.holdSeconds());
            run.pulse(StandardSignal.START);
            if (!run.await(() -> run.faultCode() == SETPOINT_OUT_OF_RANGE && !run.bit(StandardSignal.READY), Duration.ofSeconds(2))) {
                return ClauseResult.fail(this, "start with setpointForce 0: faultCode " + run.faultCode() + ", ready "
                        + (run.bit(StandardSignal.READY) ? 1 : 0) + " (expected fault 5 and ready 0)");
            }
            run.pulse(StandardSignal.RELEASE);
            if (!run.holdsFor(() -> run.faultCode() == SETPOINT_OUT_OF_RANGE, STAYS)) {
                return ClauseResult.fail(this, "fault 5 latched, ready 0; release cleared it (only reset may)");
            }
            long reset = System.nanoTime();
            run.pulse(StandardSignal.RESET);
            boolean cleared = run.await(() -> run.faultCode() == 0 && run.bit(StandardSignal.READY), Duration.ofSeconds(2));
            if (!cleared) {
                return ClauseResult.fail(this, "fault 5 latched, release left it; still " + run.port.faultTexts().describe(run.faultCode())
                        + " 2 s after reset");
            }
            return ClauseResult.pass(this, "fault 5 latched, ready 0; release left it; reset cleared it in "
                    + ConformanceRun.seconds((System.nanoTime() - reset) / 1e9));
        } finally {
            run.port.write(StandardSignal.SETPOINT_FORCE, run.force());
        }
    }
}

package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;

/**
 * "setpoint 0 and reset" (V2): start↑ with {@code vesselPressureSetpoint} = 0 latches fault 5 and
 * drops {@code ready}; release↑ does not clear it; reset↑ does. Not run without a mapped
 * {@code reset}: the check would leave a fault latched that only the vessel's own panel can clear.
 */
final class VesselFaultResetClause implements Clause {

    @Override
    public String name() {
        return "setpoint 0 and reset";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        if (!run.port.isMapped(StandardSignal.RESET)) {
            return ClauseResult.notMapped(this, "no reset in the mapping (recommended; without it a fault is reset at the vessel's panel)");
        }
        VesselMoves v = new VesselMoves(run);
        String blocked = run.notReady();
        if (!blocked.isEmpty()) {
            return ClauseResult.fail(this, blocked);
        }
        int five = FaultResetClause.SETPOINT_OUT_OF_RANGE;
        try {
            v.setpoint(0);
            v.rate(StandardSignal.VESSEL_PRESSURE_RATE, Math.min(v.maxRate(), v.target()));
            run.pulse(StandardSignal.START);
            if (!run.await(() -> run.faultCode() == five && !run.bit(StandardSignal.READY), Duration.ofSeconds(2))) {
                return ClauseResult.fail(this, "start with vesselPressureSetpoint 0: faultCode " + run.faultCode() + ", ready "
                        + (run.bit(StandardSignal.READY) ? 1 : 0) + ", pressure " + VesselMoves.mpa(v.pressure()) + " (expected fault 5 and ready 0)");
            }
            run.pulse(StandardSignal.RELEASE);
            if (!run.holdsFor(() -> run.faultCode() == five, FaultResetClause.STAYS)) {
                return ClauseResult.fail(this, "fault 5 latched, ready 0; release cleared it (only reset may)");
            }
            long reset = System.nanoTime();
            run.pulse(StandardSignal.RESET);
            if (!run.await(() -> run.faultCode() == 0 && run.bit(StandardSignal.READY), Duration.ofSeconds(2))) {
                return ClauseResult.fail(this, "fault 5 latched, release left it; still " + run.port.faultTexts().describe(run.faultCode())
                        + " 2 s after reset");
            }
            return ClauseResult.pass(this, "fault 5 latched, ready 0; release left it; reset cleared it in "
                    + ConformanceRun.seconds((System.nanoTime() - reset) / 1e9));
        } finally {
            v.setpoint(v.target());
        }
    }
}

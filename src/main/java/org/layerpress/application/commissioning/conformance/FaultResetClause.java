package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;

/**
 * "fault and reset" (a press) or "setpoint 0 and reset" (a vessel's V2): start↑ with the setpoint
 * ({@code setpointForce} or {@code vesselPressureSetpoint}) = 0 latches fault 5 and drops
 * {@code ready}; release↑ does not clear it; reset↑ does. Not run without a mapped {@code reset}: the
 * check would leave a fault latched that only the press's own panel can clear.
 */
final class FaultResetClause implements Clause {

    static final int SETPOINT_OUT_OF_RANGE = 5;
    /** How long the fault must stay after release↑: several scans of any PLC the contract allows. */
    static final Duration STAYS = Duration.ofMillis(600);

    /** What the clause writes before start↑ (the setpoint 0), and puts back after. */
    interface Writes {
        void zero(ConformanceRun run) throws PressLinkException;

        void restore(ConformanceRun run) throws PressLinkException;
    }

    private final String name;
    private final String setpoint;
    private final Writes writes;

    private FaultResetClause(String name, String setpoint, Writes writes) {
        this.name = name;
        this.setpoint = setpoint;
        this.writes = writes;
    }

    /** The uniaxial press's clause: setpointForce 0, with the check's ramp and hold. */
    static FaultResetClause press() {
        return new FaultResetClause("fault and reset", "setpointForce", new Writes() {
            @Override
            public void zero(ConformanceRun run) throws PressLinkException {
                run.setpoints(0, run.quickRamp(), run.request.holdSeconds());
            }

            @Override
            public void restore(ConformanceRun run) throws PressLinkException {
                run.port.write(StandardSignal.SETPOINT_FORCE, run.force());
            }
        });
    }

    /** The vessel's V2: vesselPressureSetpoint 0 through the check's guard, with a rate within the vessel's. */
    static FaultResetClause vessel() {
        return new FaultResetClause("setpoint 0 and reset", "vesselPressureSetpoint", new Writes() {
            @Override
            public void zero(ConformanceRun run) throws PressLinkException {
                VesselMoves v = new VesselMoves(run);
                v.setpoint(0);
                v.rate(StandardSignal.VESSEL_PRESSURE_RATE, Math.min(v.maxRate(), v.target()));
            }

            @Override
            public void restore(ConformanceRun run) throws PressLinkException {
                VesselMoves v = new VesselMoves(run);
                v.setpoint(v.target());
            }
        });
    }

    @Override
    public String name() {
        return name;
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
            writes.zero(run);
            run.pulse(StandardSignal.START);
            if (!run.await(() -> run.faultCode() == SETPOINT_OUT_OF_RANGE && !run.bit(StandardSignal.READY), Duration.ofSeconds(2))) {
                return ClauseResult.fail(this, "start with " + setpoint + " 0: faultCode " + run.faultCode() + ", ready "
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
            writes.restore(run);
        }
    }
}

package org.layerpress.application.commissioning.conformance;

import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/** "stop while pressurising": stop↑ while PRESSURISING vents to {@code pressureReleased} = 1 and IDLE without a fault (V5, V6). */
final class VesselStopClause implements Clause {

    @Override
    public String name() {
        return "stop while pressurising";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        VesselMoves v = new VesselMoves(run);
        double target = v.target();
        double slow = Math.min(v.maxRate(), target / 2);
        String notStarted = v.start(slow);
        if (!notStarted.isEmpty()) {
            return ClauseResult.fail(this, notStarted);
        }
        if (!run.await(() -> v.pressure() >= target * 0.3, VesselMoves.moveTime(target, slow))) {
            run.toIdle();
            return ClauseResult.fail(this, "the pressurising never got going: " + VesselMoves.mpa(v.pressure()));
        }
        double stoppedAt = v.pressure();
        int stateAtStop = v.state();
        long from = System.nanoTime();
        run.pulse(StandardSignal.STOP);
        boolean vented = run.await(() -> v.vented() && (!v.stateMapped() || v.state() == VesselMoves.IDLE),
                VesselMoves.moveTime(stoppedAt, v.maxRate()));
        double peak = run.log.of(StandardSignal.VESSEL_PRESSURE, from).stream().mapToDouble(PressSample::value).max().orElse(stoppedAt);
        int fault = run.faultCode();
        String measured = "stopped at " + VesselMoves.mpa(stoppedAt) + " of " + VesselMoves.mpa(target)
                + (v.stateMapped() ? " (pressState " + stateAtStop + ")" : "") + ", peak after stop " + VesselMoves.mpa(peak)
                + "; then pressure " + VesselMoves.mpa(v.pressure()) + ", " + v.stateWords();
        if (vented && fault == 0) {
            return ClauseResult.pass(this, measured);
        }
        run.toIdle();
        return ClauseResult.fail(this, measured + (vented ? ": a fault was latched" : ": not vented"));
    }
}

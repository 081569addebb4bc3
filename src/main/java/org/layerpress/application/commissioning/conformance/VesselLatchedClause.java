package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.List;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * "setpoints latched at start" (vessel): half the check's pressure written as
 * {@code vesselPressureSetpoint} while PRESSURISING must not change where the vessel holds. A lower
 * value, so a PLC that does take it never pressurises further than the check asked.
 */
final class VesselLatchedClause implements Clause {

    @Override
    public String name() {
        return "setpoints latched at start";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        VesselMoves v = new VesselMoves(run);
        double target = v.target();
        double rate = Math.min(v.maxRate(), target / 2);
        String notStarted = v.start(rate);
        if (!notStarted.isEmpty()) {
            return ClauseResult.fail(this, notStarted);
        }
        try {
            if (!run.await(() -> v.pressure() >= target * 0.25, VesselMoves.moveTime(target, rate))) {
                return ClauseResult.fail(this, "pressure never reached a quarter of " + VesselMoves.mpa(target) + " (" + VesselMoves.mpa(v.pressure()) + ")");
            }
            double written = target / 2;
            v.setpoint(written);
            boolean held = run.await(v::holding, VesselMoves.moveTime(target, rate));
            // Where it holds: the mean of the samples over a second of the hold (or of wherever it stopped).
            long from = System.nanoTime();
            run.await(() -> false, Duration.ofSeconds(1));
            List<PressSample> hold = run.log.of(StandardSignal.VESSEL_PRESSURE, from);
            double at = hold.isEmpty() ? v.pressure() : hold.stream().mapToDouble(PressSample::value).average().orElse(Double.NaN);
            String measured = "holds at " + VesselMoves.mpa(at) + " of " + VesselMoves.mpa(target) + " (" + v.stateWords() + ")";
            if (held && Math.abs(at - target) <= v.tolerance()) {
                return ClauseResult.pass(this, measured + "; " + VesselMoves.mpa(written) + " written while pressurising changed nothing");
            }
            return ClauseResult.fail(this, measured + ": the setpoint written while pressurising (" + VesselMoves.mpa(written) + ") took effect");
        } finally {
            v.setpoint(target);
            run.toIdle();
        }
    }
}

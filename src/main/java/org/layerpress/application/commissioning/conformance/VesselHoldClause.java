package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.DoubleSummaryStatistics;
import java.util.Locale;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * "pressurise and hold": the vessel reaches HOLDING (pressState 3 where mapped) at the check's
 * pressure and keeps holding it, running and within the tolerance, for as long as the check watches:
 * the vessel's hold has no time limit (V3), the HMI ends it. Leaves the vessel holding for the
 * release clause.
 */
final class VesselHoldClause implements Clause {

    @Override
    public String name() {
        return "pressurise and hold";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        VesselMoves v = new VesselMoves(run);
        double target = v.target();
        double rate = Math.min(v.maxRate(), target);
        long started = System.nanoTime();
        String notHolding = v.startAndHold(rate);
        if (!notHolding.isEmpty()) {
            run.toIdle();
            return ClauseResult.fail(this, notHolding);
        }
        double reachedAfter = (System.nanoTime() - started) / 1e9;
        double watch = run.vessel.holdSeconds();
        long from = System.nanoTime();
        boolean kept = run.holdsFor(v::holding, Duration.ofMillis((long) (watch * 1000)));
        DoubleSummaryStatistics p = run.log.of(StandardSignal.VESSEL_PRESSURE, from).stream().mapToDouble(PressSample::value).summaryStatistics();
        String range = p.getCount() == 0 ? "no pressure sample in the hold"
                : String.format(Locale.ROOT, "%.2f..%.2f MPa", p.getMin(), p.getMax());
        String measured = String.format(Locale.ROOT, "HOLDING %.2f s after start; watched %.1f s: %s of %s (tolerance ±%.2f MPa), %s",
                reachedAfter, watch, range, VesselMoves.mpa(target), v.tolerance(), v.stateWords());
        if (kept && p.getCount() > 0) {
            return ClauseResult.pass(this, measured);
        }
        run.toIdle();
        return ClauseResult.fail(this, measured + ": the hold did not last");
    }
}

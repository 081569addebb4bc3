package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * "release at the written rate": from a hold, {@code vesselReleaseRate} then release↑ vents the
 * vessel at that rate (measured between 90 % and 20 % of the held pressure on the PLC's source
 * timestamps, within ±{@value #TOLERANCE_PERCENT} %) to {@code pressureReleased} = 1 and IDLE (V4,
 * V6). The rate written is half the vessel's fastest, so a PLC that vents at its fastest instead fails.
 */
final class VesselReleaseClause implements Clause {

    static final double TOLERANCE_PERCENT = 15;

    @Override
    public String name() {
        return "release at the written rate";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        VesselMoves v = new VesselMoves(run);
        if (!v.holding()) {
            run.toIdle();
            String notHolding = v.startAndHold(Math.min(v.maxRate(), v.target()));
            if (!notHolding.isEmpty()) {
                run.toIdle();
                return ClauseResult.fail(this, "no hold to release: " + notHolding);
            }
        }
        double held = v.pressure();
        double rate = Math.min(v.maxRate() / 2, held / 2);
        v.rate(StandardSignal.VESSEL_RELEASE_RATE, rate);
        long from = System.nanoTime();
        run.pulse(StandardSignal.RELEASE);
        boolean vented = run.await(() -> v.vented() && (!v.stateMapped() || v.state() == VesselMoves.IDLE), VesselMoves.moveTime(held, rate));
        double seconds = (System.nanoTime() - from) / 1e9;
        List<PressSample> vent = run.log.of(StandardSignal.VESSEL_PRESSURE, from);
        Optional<PressSample> high = vent.stream().filter(s -> s.value() <= held * 0.9).findFirst();
        Optional<PressSample> low = vent.stream().filter(s -> s.value() <= held * 0.2).findFirst();
        if (!vented) {
            String measured = "after " + ConformanceRun.seconds(seconds) + ": pressure " + VesselMoves.mpa(v.pressure()) + ", " + v.stateWords();
            run.toIdle();
            return ClauseResult.fail(this, measured);
        }
        if (high.isEmpty() || low.isEmpty() || !low.get().sourceTime().isAfter(high.get().sourceTime())) {
            return ClauseResult.fail(this, "vented in " + ConformanceRun.seconds(seconds) + ", too few pressure samples to measure the rate");
        }
        double span = Duration.between(high.get().sourceTime(), low.get().sourceTime()).toNanos() / 1e9;
        double measuredRate = (high.get().value() - low.get().value()) / span;
        double off = (measuredRate / rate - 1) * 100;
        String measured = String.format(Locale.ROOT, "from %s: vented at %s (written %s, %+.1f %%), pressureReleased 1 and IDLE after %s",
                VesselMoves.mpa(held), VesselMoves.rateWords(measuredRate), VesselMoves.rateWords(rate), off, ConformanceRun.seconds(seconds));
        if (Math.abs(off) <= TOLERANCE_PERCENT) {
            return ClauseResult.pass(this, measured);
        }
        return ClauseResult.fail(this, measured + String.format(Locale.ROOT, " (allowed ±%.0f %%)", TOLERANCE_PERCENT));
    }
}

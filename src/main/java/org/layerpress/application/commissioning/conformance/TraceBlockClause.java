package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.layerpress.application.mapping.TraceBlockSpec;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.press.TraceSample;

/**
 * "trace block": over the watch time (30 s unless asked otherwise), {@code count} advances at
 * 1 / periodMs (± 5 %, on the PLC's clock), the arrays have {@code length} elements, and every sample
 * of the ring is read with no gap.
 */
final class TraceBlockClause implements Clause {

    static final double RATE_TOLERANCE = 0.05;

    @Override
    public String name() {
        return "trace block";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException {
        if (run.mapping.forceTrace().isEmpty() || !run.port.hasTrace()) {
            return ClauseResult.notMapped(this, "no forceTrace in the mapping (recommended: without it samples can be lost between PLC and HMI)");
        }
        TraceBlockSpec spec = run.mapping.forceTrace().get();
        run.port.drainTrace();
        int from = run.blockCount();
        Duration watch = run.request.traceDuration();
        run.await(() -> false, watch);
        run.port.drainTrace();
        List<TraceBlock> blocks = run.blocksSince(from);
        List<String> bad = blocks.stream().filter(TraceBlock::badData).map(TraceBlock::problem).distinct().toList();
        long lost = blocks.stream().flatMap(b -> b.gapBefore().stream()).mapToLong(g -> g.lengthKnown() ? g.samplesLost() : 1).sum();
        List<TraceSample> samples = blocks.stream().flatMap(b -> b.samples().stream()).toList();
        long holes = 0;
        for (int i = 1; i < samples.size(); i++) {
            holes += samples.get(i).number() - samples.get(i - 1).number() - 1;
        }
        double expected = 1000.0 / spec.periodMillis();
        List<TraceBlock> counted = blocks.stream().filter(b -> !b.badData() && b.plcCountTime() != null).toList();
        double rate = 0;
        if (counted.size() >= 2) {
            TraceBlock first = counted.get(0);
            TraceBlock last = counted.get(counted.size() - 1);
            double seconds = Duration.between(first.plcCountTime(), last.plcCountTime()).toNanos() / 1e9;
            rate = seconds > 0 ? (last.plcCount() - first.plcCount()) / seconds : 0;
        }
        if (samples.isEmpty() && bad.isEmpty()) {
            return ClauseResult.fail(this, String.format(Locale.ROOT, "count did not advance in %d s (expected %.0f samples/s)", watch.toSeconds(), expected));
        }
        String measured = String.format(Locale.ROOT, "count advanced at %.1f/s (periodMs %d: %.1f/s), %d samples read, %d lost",
                rate, spec.periodMillis(), expected, samples.size(), lost + holes);
        if (!bad.isEmpty()) {
            return ClauseResult.fail(this, measured + "; bad data: " + String.join("; ", bad));
        }
        boolean ok = Math.abs(rate - expected) <= expected * RATE_TOLERANCE && lost + holes == 0;
        return ok ? ClauseResult.pass(this, measured) : ClauseResult.fail(this, measured);
    }
}

package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * "plcAlive advancing": the counter changes at least every 100 ms over 2 s. Seen through its
 * subscription, so the longest step between observed changes may exceed 100 ms by the mapping's
 * sampling interval (the PLC's source timestamps measure it).
 */
final class PlcAliveClause implements Clause {

    static final Duration WATCH = Duration.ofSeconds(2);
    static final long EVERY_MILLIS = 100;

    @Override
    public String name() {
        return "plcAlive advancing";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws InterruptedException {
        if (!run.port.isMapped(StandardSignal.PLC_ALIVE)) {
            return ClauseResult.notMapped(this, "no plcAlive in the mapping (recommended: a silent PLC is then noticed only by OPC UA's keep-alive)");
        }
        long from = System.nanoTime();
        run.await(() -> false, WATCH);
        List<PressSample> samples = run.log.of(StandardSignal.PLC_ALIVE, from);
        int changes = 0;
        long longest = 0;
        PressSample previous = null;
        for (PressSample s : samples) {
            if (previous != null && s.value() != previous.value()) {
                changes++;
                longest = Math.max(longest, Duration.between(previous.sourceTime(), s.sourceTime()).toMillis());
                previous = s;
            } else if (previous == null) {
                previous = s;
            }
        }
        long sampling = run.mapping.require(StandardSignal.PLC_ALIVE).samplingMillis();
        String measured = String.format(Locale.ROOT, "%d changes in %.1f s, longest %d ms between changes (sampled every %d ms)",
                changes, WATCH.toMillis() / 1000.0, longest, sampling);
        if (changes == 0) {
            return ClauseResult.fail(this, String.format(Locale.ROOT, "no change in %.1f s", WATCH.toMillis() / 1000.0));
        }
        boolean ok = changes >= WATCH.toMillis() / Math.max(EVERY_MILLIS, sampling) / 2 && longest <= EVERY_MILLIS + sampling;
        return ok ? ClauseResult.pass(this, measured) : ClauseResult.fail(this, measured);
    }
}

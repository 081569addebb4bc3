package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * "plcAlive advancing": the counter changes at least every 100 ms over 2 s. Seen through its
 * subscription, so between two observed values (PLC source timestamps t₁, t₂) it must have counted at
 * least ⌊(t₂ − t₁) / 100 ms⌋: a late sample of a fast counter passes, a counter slower than every
 * 100 ms does not, however it is sampled.
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
        OpcType type = run.mapping.require(StandardSignal.PLC_ALIVE).type();
        long range = (long) type.max() - (long) type.min() + 1;
        long counted = 0;
        long shortfallAt = -1;
        for (int i = 1; i < samples.size(); i++) {
            PressSample a = samples.get(i - 1);
            PressSample b = samples.get(i);
            long millis = Duration.between(a.sourceTime(), b.sourceTime()).toMillis();
            long step = Math.floorMod((long) b.value() - (long) a.value(), range);
            counted += step;
            if (step < millis / EVERY_MILLIS && shortfallAt < 0) {
                shortfallAt = millis;
            }
        }
        if (counted == 0) {
            return ClauseResult.fail(this, String.format(Locale.ROOT, "no change in %.1f s", WATCH.toMillis() / 1000.0));
        }
        String measured = String.format(Locale.ROOT, "counted %d in %.1f s (%.0f/s, seen in %d samples)",
                counted, WATCH.toMillis() / 1000.0, counted * 1000.0 / WATCH.toMillis(), samples.size());
        if (shortfallAt >= 0) {
            return ClauseResult.fail(this, measured + String.format(Locale.ROOT, "; fewer than one count per 100 ms over %d ms", shortfallAt));
        }
        if (counted < WATCH.toMillis() / EVERY_MILLIS - 1) {
            return ClauseResult.fail(this, measured + "; fewer than one count per 100 ms");
        }
        return ClauseResult.pass(this, measured);
    }
}

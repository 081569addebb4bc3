package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/** "heartbeat seen": after the session's first beat, {@code ready} = 1 within 1 s (section 4). */
final class HeartbeatSeenClause implements Clause {

    static final Duration WITHIN = Duration.ofSeconds(1);

    @Override
    public String name() {
        return "heartbeat seen";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws InterruptedException {
        OptionalLong beat = run.heartbeat.firstBeatAcknowledgedNanos();
        if (beat.isEmpty()) {
            return ClauseResult.fail(this, "the PLC never acknowledged the first heartbeat");
        }
        long first = beat.getAsLong();
        run.await(() -> readyAfter(run, first).isPresent(), WITHIN.plusMillis(500).minusNanos(Math.max(0, System.nanoTime() - first)));
        Optional<PressSample> ready = readyAfter(run, first);
        if (ready.isEmpty()) {
            return ClauseResult.fail(this, "ready still 0 " + ConformanceRun.seconds(WITHIN.toMillis() / 1000.0) + " after the first beat");
        }
        double seconds = (ready.get().receivedNanos() - first) / 1e9;
        String measured = "ready 1 " + ConformanceRun.seconds(seconds) + " after the first beat";
        return seconds <= WITHIN.toMillis() / 1000.0 ? ClauseResult.pass(this, measured) : ClauseResult.fail(this, measured + " (limit 1 s)");
    }

    private static Optional<PressSample> readyAfter(ConformanceRun run, long nanos) {
        return run.log.first(StandardSignal.READY, nanos, PressSample::asBoolean);
    }
}

package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import org.layerpress.application.press.StandardSignal;

/**
 * "heartbeat watchdog": with the HMI's beats withheld while idle, {@code ready} falls to 0 within
 * the PLC's watchdog time (2.5 … 10 s allowed) + 1 s after the last beat, and comes back after
 * beating again.
 */
final class HeartbeatWatchdogClause implements Clause {

    static final double MIN_WATCHDOG_S = 2.5;
    static final double MAX_WATCHDOG_S = 10;
    /** A beat lands up to this much after its acknowledgement is seen; a READY sample is that late too. */
    static final double SLACK_S = 1;

    @Override
    public String name() {
        return "heartbeat watchdog";
    }

    @Override
    public ClauseResult check(ConformanceRun run) throws InterruptedException {
        String blocked = run.notReady();
        if (!blocked.isEmpty()) {
            return ClauseResult.fail(this, blocked);
        }
        run.heartbeat.withholdBeats(true);
        boolean fell;
        long lastBeat;
        try {
            OptionalLong last = run.heartbeat.lastBeatAcknowledgedNanos();
            lastBeat = last.orElse(System.nanoTime());
            fell = run.await(() -> !run.bit(StandardSignal.READY), Duration.ofMillis((long) ((MAX_WATCHDOG_S + SLACK_S) * 1000)));
        } finally {
            run.heartbeat.withholdBeats(false);
        }
        double fallSeconds = (System.nanoTime() - lastBeat) / 1e9;
        if (!fell) {
            return ClauseResult.fail(this, String.format(Locale.ROOT, "ready still 1 %.1f s after the last beat", fallSeconds));
        }
        long resumed = System.nanoTime();
        boolean back = run.await(() -> run.bit(StandardSignal.READY), Duration.ofSeconds(3));
        double backSeconds = (System.nanoTime() - resumed) / 1e9;
        String measured = String.format(Locale.ROOT, "ready fell %.2f s after the last beat%s", fallSeconds,
                back ? String.format(Locale.ROOT, ", back %.2f s after beating again", backSeconds) : ", not back 3 s after beating again");
        boolean ok = back && fallSeconds >= MIN_WATCHDOG_S - 0.2 && fallSeconds <= MAX_WATCHDOG_S + SLACK_S;
        return ok ? ClauseResult.pass(this, measured) : ClauseResult.fail(this, measured + " (allowed: 2.5..10 s + 1 s)");
    }
}

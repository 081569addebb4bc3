package org.layerpress.application.commissioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * Runs one ramp / hold / release through a press mapping and measures it, for commissioning
 * ({@code layerpress probe --test-cycle}). Refuses to start unless the interlocks say the press can.
 */
public final class TestCycle {

    /** The release is over when force is back below this. */
    private static final double RELEASED_KILONEWTONS = 0.5;
    /** How long a blocker may take to clear after the PLC has seen the HMI (a status bit's sampling interval and then some). */
    private static final long SETTLE_NANOS = 1_000_000_000L;

    private final PressPort port;
    private final LivePressState live;
    private final LinkedBlockingQueue<PressSample> samples = new LinkedBlockingQueue<>();

    public TestCycle(PressPort port, LivePressState live) {
        this.port = port;
        this.live = live;
        port.addSampleListener(samples::add);
    }

    public TestCycleResult run(TestCycleRequest request, Duration timeout) throws PressLinkException, InterruptedException {
        live.awaitFirstValues(Duration.ofSeconds(5), StandardSignal.DOOR_CLOSED, StandardSignal.ESTOP_OK, StandardSignal.READY);
        live.awaitHmiSeen(Duration.ofSeconds(5));
        // READY as sampled before the PLC had seen the heartbeat may still be on its way out.
        long settle = System.nanoTime() + SETTLE_NANOS;
        while (!live.interlockBlockers(true).isEmpty() && System.nanoTime() < settle) {
            Thread.sleep(10);
        }
        checkInterlocks();
        try {
            return pressAndRelease(request, timeout);
        } catch (RuntimeException | PressLinkException | InterruptedException e) {
            // Whatever went wrong after the setpoints went out, ask the PLC to stop and release.
            try {
                port.command(StandardSignal.STOP);
            } catch (PressLinkException ignored) {
                // The link is what failed; the PLC's heartbeat watchdog releases the press.
            }
            throw e;
        }
    }

    private void checkInterlocks() {
        List<String> blockers = live.interlockBlockers(true);
        if (!blockers.isEmpty()) {
            throw new IllegalStateException("refused: interlocks not OK (" + String.join(", ", blockers) + ")");
        }
    }

    private TestCycleResult pressAndRelease(TestCycleRequest request, Duration timeout) throws PressLinkException, InterruptedException {
        double target = request.force().kiloNewtons();
        port.write(StandardSignal.SETPOINT_FORCE, target);
        port.write(StandardSignal.RAMP_RATE, request.rampKiloNewtonsPerSecond());
        port.write(StandardSignal.HOLD_TIME, request.holdSeconds());
        samples.clear();
        long start = System.nanoTime();
        port.command(StandardSignal.START);

        long deadline = start + timeout.toNanos();
        double peak = 0;
        double force = 0;
        long reachedAt = -1;
        double holdSum = 0;
        int holdCount = 0;
        double holdFirst = Double.NaN;
        double holdLast = Double.NaN;
        int count = 0;
        boolean done = false;
        while (!done) {
            PressSample s = next(deadline, "step done");
            count++;
            if (s.signal() == StandardSignal.FORCE && s.good()) {
                force = s.value();
                peak = Math.max(peak, force);
                if (reachedAt < 0 && force >= target * 0.995) {
                    reachedAt = s.receivedNanos();
                }
                if (reachedAt >= 0) {
                    holdSum += force;
                    holdCount++;
                    if (Double.isNaN(holdFirst)) {
                        holdFirst = force;
                    }
                    holdLast = force;
                }
            } else if (s.signal() == StandardSignal.STEP_DONE && s.asBoolean()) {
                done = true;
            } else if (s.signal() == StandardSignal.FAULT_CODE && s.value() != 0) {
                throw new IllegalStateException("PLC fault " + (int) s.value() + " during the test cycle");
            }
        }
        long releaseStart = System.nanoTime();
        port.command(StandardSignal.RELEASE);
        while (force > RELEASED_KILONEWTONS) {
            PressSample s = next(deadline, "release");
            count++;
            if (s.signal() == StandardSignal.FORCE && s.good()) {
                force = s.value();
            }
        }
        long released = System.nanoTime();
        double holdMean = holdCount == 0 ? Double.NaN : holdSum / holdCount;
        double decay = holdCount == 0 ? Double.NaN : 100.0 * (holdFirst - holdLast) / holdFirst;
        double toSetpoint = reachedAt < 0 ? Double.NaN : (reachedAt - start) / 1e9;
        return new TestCycleResult(peak, holdMean, decay, toSetpoint, (released - releaseStart) / 1e9, count);
    }

    private PressSample next(long deadlineNanos, String waitingFor) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        PressSample s = left > 0 ? samples.poll(left, TimeUnit.NANOSECONDS) : null;
        if (s == null) {
            throw new IllegalStateException("timed out waiting for " + waitingFor);
        }
        return s;
    }
}

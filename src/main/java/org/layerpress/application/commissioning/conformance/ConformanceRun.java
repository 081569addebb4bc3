package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.layerpress.application.commissioning.HeartbeatProbe;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.press.TraceBlock;

/**
 * What the clauses share: the port and the live values, the log of every sample and trace block
 * since the check began, and the few moves every clause makes (write setpoints, pulse a command,
 * wait for a condition, bring the press back to idle). Used from the check's own thread.
 */
final class ConformanceRun {

    /** Force below which the PLC counts the press as unloaded (the contract's section 8). */
    static final double ZERO_KN = 0.05;
    private static final long POLL_MILLIS = 10;

    final PressPort port;
    final HeartbeatProbe heartbeat;
    final LivePressState live;
    final PressMapping mapping;
    /** The uniaxial press's check; null on a vessel. */
    final ConformanceRequest request;
    /** The vessel's check; null on a uniaxial press. */
    final VesselConformanceRequest vessel;
    final SampleLog log = new SampleLog();
    private final List<TraceBlock> blocks = Collections.synchronizedList(new ArrayList<>());

    ConformanceRun(PressPort port, HeartbeatProbe heartbeat, LivePressState live, PressMapping mapping, ConformanceRequest request,
                   VesselConformanceRequest vessel) {
        this.port = port;
        this.heartbeat = heartbeat;
        this.live = live;
        this.mapping = mapping;
        this.request = request;
        this.vessel = vessel;
        port.addSampleListener(log::add);
        port.addTraceListener(blocks::add);
    }

    double force() {
        return request.forceKiloNewtons();
    }

    /** A ramp rate that gets the check force there in about a second, within the pump's limit. */
    double quickRamp() {
        return Math.min(mapping.press().maxRampKiloNewtonsPerSecond(), force());
    }

    /** Trace blocks delivered from index {@code from} on. */
    List<TraceBlock> blocksSince(int from) {
        synchronized (blocks) {
            return List.copyOf(blocks.subList(Math.min(from, blocks.size()), blocks.size()));
        }
    }

    int blockCount() {
        return blocks.size();
    }

    void setpoints(double forceKiloNewtons, double rampKiloNewtonsPerSecond, double holdSeconds) throws PressLinkException {
        port.write(StandardSignal.SETPOINT_FORCE, forceKiloNewtons);
        port.write(StandardSignal.RAMP_RATE, rampKiloNewtonsPerSecond);
        port.write(StandardSignal.HOLD_TIME, holdSeconds);
    }

    void pulse(StandardSignal command) throws PressLinkException {
        port.command(command);
    }

    boolean bit(StandardSignal signal) {
        return live.isTrue(signal);
    }

    double forceNow() {
        return live.force().map(f -> f.kiloNewtons()).orElse(Double.NaN);
    }

    int faultCode() {
        return live.latest(StandardSignal.FAULT_CODE).filter(s -> s.good()).map(s -> (int) s.value()).orElse(-1);
    }

    /** Polls until the condition holds; false when it did not within the time. */
    boolean await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** True when the condition held the whole time (a negative check: nothing happened that should not). */
    boolean holdsFor(BooleanSupplier condition, Duration time) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            if (!condition.getAsBoolean()) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return condition.getAsBoolean();
    }

    /**
     * The screens' blockers but "waiting for the PLC to see the HMI": the check judges the heartbeat
     * handshake and plcAlive in clauses of their own instead of waiting on them.
     */
    List<String> blockers(boolean needReady) {
        return live.interlockBlockers(needReady).stream().filter(b -> !b.equals(LivePressState.WAITING_FOR_PLC)).toList();
    }

    /** Waits a little for READY; empty when ready, else why not in words. */
    String notReady() throws InterruptedException {
        if (await(() -> blockers(true).isEmpty(), Duration.ofSeconds(2))) {
            return "";
        }
        return "PLC not ready to start: " + String.join(", ", blockers(true))
                + (faultCode() > 0 ? " (" + port.faultTexts().describe(faultCode()) + ")" : "");
    }

    /** Starts a cycle and waits until it runs; "" when it does, else why not. */
    String startCycle(double forceKiloNewtons, double ramp, double hold) throws PressLinkException, InterruptedException {
        String blocked = notReady();
        if (!blocked.isEmpty()) {
            return blocked;
        }
        setpoints(forceKiloNewtons, ramp, hold);
        pulse(StandardSignal.START);
        if (!await(() -> bit(StandardSignal.RUNNING), Duration.ofSeconds(2))) {
            return "START with " + kn(forceKiloNewtons) + " was not taken: running stayed 0"
                    + (faultCode() > 0 ? " (" + port.faultTexts().describe(faultCode()) + ")" : "");
        }
        return "";
    }

    /** How long a cycle of this force may take to ramp and hold, generously. */
    Duration cycleTime(double forceKiloNewtons, double ramp, double hold) {
        return Duration.ofMillis((long) ((forceKiloNewtons / ramp + hold) * 1000 * 3) + 10_000);
    }

    /**
     * Stops whatever runs and waits for the press to be released (a vessel: vented, at its fastest
     * rate from the check's pressure); false if it was not in time.
     */
    boolean toIdle() throws PressLinkException, InterruptedException {
        if (bit(StandardSignal.RUNNING)) {
            pulse(StandardSignal.STOP);
        }
        if (vessel != null) {
            return await(() -> !bit(StandardSignal.RUNNING) && bit(StandardSignal.PRESSURE_RELEASED),
                    VesselMoves.moveTime(vessel.pressureMegaPascals(), vessel.vessel().maxRateMegaPascalsPerSecond()));
        }
        return await(() -> !bit(StandardSignal.RUNNING) && forceNow() < ZERO_KN, Duration.ofSeconds(30));
    }

    static String kn(double kiloNewtons) {
        return String.format(Locale.ROOT, "%.2f kN", kiloNewtons);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }
}

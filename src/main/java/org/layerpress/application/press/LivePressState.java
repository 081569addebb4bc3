package org.layerpress.application.press;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Pressure;

/**
 * The latest value of every press signal, fed by the {@link PressPort}'s sample stream and read by
 * screens at their own pace. Lock-free so the OPC UA thread never waits on a reader.
 */
public final class LivePressState {

    /** The blocker while the PLC has not yet shown it saw this session's first heartbeat (docs/plc-interface.md, section 4). */
    public static final String WAITING_FOR_PLC = "waiting for the PLC to see the HMI";
    /** The port has no event for it; it comes within a few scans, so a short poll is cheap enough. */
    private static final long SEEN_POLL_MILLIS = 10;

    private final AtomicReferenceArray<PressSample> latest = new AtomicReferenceArray<>(StandardSignal.values().length);
    /** Counts every sample and link change: a screen compares it once per frame to know whether to repaint. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile LinkStatus link;
    /** When the link last left CONNECTED (the LOST, not the RECONNECTING after it); null while connected. */
    private volatile java.time.Instant downSince;
    private volatile Die die;
    private final PressPort port;

    public LivePressState(PressPort port, Die die) {
        this.die = die;
        this.port = port;
        this.link = port.linkStatus();
        this.downSince = link.state() == LinkState.CONNECTED ? null : link.since();
        port.addSampleListener(this::accept);
        port.addLinkListener(status -> {
            if (status.state() == LinkState.CONNECTED) {
                downSince = null;
            } else if (downSince == null || this.link.state() == LinkState.CONNECTED) {
                downSince = status.since();
            }
            this.link = status;
            changes.incrementAndGet();
        });
    }

    /**
     * Since when no value can be trusted: the moment the link last left CONNECTED, kept through the
     * reconnect attempts that follow; empty while connected. Screens say "no data since" this time.
     */
    public java.util.Optional<java.time.Instant> downSince() {
        return java.util.Optional.ofNullable(downSince);
    }

    private void accept(PressSample sample) {
        changes.incrementAndGet();
        if (latest.getAndSet(sample.signal().ordinal(), sample) == null) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Waits (off the UI thread) until every given signal has reported at least once, e.g. the
     * interlocks right after connecting; false on timeout.
     */
    public synchronized boolean awaitFirstValues(java.time.Duration timeout, StandardSignal... signals) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!java.util.Arrays.stream(signals).allMatch(s -> latest.get(s.ordinal()) != null)) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            wait(leftMillis);
        }
        return true;
    }

    /**
     * Waits (off the UI thread) until the PLC has seen this session's HMI ({@link PressPort#hmiSeen()}),
     * which comes a few PLC scans after the link; false on timeout.
     */
    public boolean awaitHmiSeen(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!port.hmiSeen()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(SEEN_POLL_MILLIS);
        }
        return true;
    }

    /**
     * How many samples and link changes have arrived so far. Cheap to read (one volatile load): a
     * screen reads it on every JavaFX pulse and repaints its live values only when it moved, so a
     * change is painted on the next frame without any callback reaching the FX thread.
     */
    public long changes() {
        return changes.get();
    }

    /**
     * Whether the press's mapping binds this signal. A screen hides what the press does not have
     * (a manual pump press has no door switch): shown as STALE it would read as a fault.
     */
    public boolean isMapped(StandardSignal signal) {
        return port.isMapped(signal);
    }

    /** Words for the PLC's fault codes, as the port's mapping gives them. */
    public FaultTexts faultTexts() {
        return port.faultTexts();
    }

    public Optional<PressSample> latest(StandardSignal signal) {
        return Optional.ofNullable(latest.get(signal.ordinal()));
    }

    public Map<StandardSignal, PressSample> snapshot() {
        Map<StandardSignal, PressSample> map = new EnumMap<>(StandardSignal.class);
        for (StandardSignal s : StandardSignal.values()) {
            PressSample sample = latest.get(s.ordinal());
            if (sample != null) {
                map.put(s, sample);
            }
        }
        return map;
    }

    public LinkStatus link() {
        return link;
    }

    public Die die() {
        return die;
    }

    public void useDie(Die die) {
        this.die = die;
    }

    public Optional<Force> force() {
        return latest(StandardSignal.FORCE).filter(PressSample::good).map(s -> Force.kiloNewtons(s.value()));
    }

    /** Pellet pressure for the configured die: P = F / (π·d²/4). */
    public Optional<Pressure> pressure() {
        return force().map(die::pressureFor);
    }

    /** The latched PLC fault in words ("PLC fault 1: Guard door opened during a press cycle"), if a good sample says one is latched. */
    public Optional<String> fault() {
        return latest(StandardSignal.FAULT_CODE).filter(PressSample::good).filter(s -> s.value() != 0)
                .map(s -> port.faultTexts().describe((int) s.value()));
    }

    /** True only when a good sample says so; unknown counts as not OK. */
    public boolean isTrue(StandardSignal signal) {
        return latest(signal).filter(PressSample::good).map(PressSample::asBoolean).orElse(false);
    }

    /**
     * What stops the press from being started or resumed now, in words for the screen; empty when
     * nothing does. One list for every gate (commissioning cycle, press step, resume), so they never
     * disagree. The PLC still decides: this only keeps the HMI from asking when it would refuse.
     *
     * @param needReady whether the PLC must also report READY (a resume may find it busy or faulted),
     *     and so also have seen this session's heartbeat
     */
    public java.util.List<String> interlockBlockers(boolean needReady) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (link.state() != LinkState.CONNECTED) {
            out.add("PLC link not connected");
        } else if (needReady && !port.hmiSeen()) {
            // READY means nothing until the PLC has seen this session's heartbeat (docs/plc-interface.md, section 4).
            out.add(WAITING_FOR_PLC);
        }
        // A manual pump press may have neither: its mapping then says so by leaving them out.
        if (port.isMapped(StandardSignal.DOOR_CLOSED) && !isTrue(StandardSignal.DOOR_CLOSED)) {
            out.add("door open");
        }
        if (port.isMapped(StandardSignal.ESTOP_OK) && !isTrue(StandardSignal.ESTOP_OK)) {
            out.add("e-stop pressed");
        }
        if (needReady && port.isMapped(StandardSignal.READY) && !isTrue(StandardSignal.READY)) {
            out.add("PLC not ready");
        }
        return out;
    }

    /**
     * What keeps a HELD or INTERRUPTED batch from resuming now, in words: the link, the door, the
     * e-stop (not READY: the press may still be releasing), and a latched PLC fault. Only RESET clears
     * a fault, never RELEASE (docs/plc-interface.md, T16), so the fault is reset first, then the batch
     * resumes.
     */
    public java.util.List<String> resumeBlockers() {
        java.util.List<String> out = interlockBlockers(false);
        fault().ifPresent(words -> out.add(words + ": reset it first"));
        return out;
    }
}

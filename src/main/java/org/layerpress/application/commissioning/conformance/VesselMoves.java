package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.Locale;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;

/**
 * The moves the vessel's clauses share (docs/plc-interface.md, section 12), and the guard on what
 * they write: the same rules as the batch's {@code VesselSetpoints} (no vessel pressure above
 * {@code vessel.maxPressure}, no rate outside (0, {@code vessel.maxRate}]), and further never a
 * pressure above the check's own, written exactly. The only setpoint below the rules' floor is the
 * 0 the V2 clause writes on purpose, which asks for less, never more.
 */
final class VesselMoves {

    /** pressState codes of section 12. */
    static final int IDLE = 1;
    static final int PRESSURISING = 2;
    static final int HOLDING = 3;

    private final ConformanceRun run;
    private final VesselConformanceRequest request;

    VesselMoves(ConformanceRun run) {
        this.run = run;
        this.request = run.vessel;
    }

    double target() {
        return request.pressureMegaPascals();
    }

    double maxRate() {
        return request.vessel().maxRateMegaPascalsPerSecond();
    }

    /** How far from the check's pressure a hold may sit and still count as holding it: 2 %, at least 0.5 MPa. */
    double tolerance() {
        return Math.max(0.02 * target(), 0.5);
    }

    double pressure() {
        return run.live.latest(StandardSignal.VESSEL_PRESSURE).filter(s -> s.good()).map(s -> s.value()).orElse(Double.NaN);
    }

    /** pressState, or -1 when the mapping has none or it is not known. */
    int state() {
        return run.live.latest(StandardSignal.PRESS_STATE).filter(s -> s.good()).map(s -> (int) s.value()).orElse(-1);
    }

    boolean stateMapped() {
        return run.port.isMapped(StandardSignal.PRESS_STATE);
    }

    /** HOLDING by pressState where mapped, else by the pressure at the check's target within the tolerance. */
    boolean holding() {
        boolean atTarget = Math.abs(pressure() - target()) <= tolerance();
        return run.bit(StandardSignal.RUNNING) && (stateMapped() ? state() == HOLDING : atTarget);
    }

    boolean vented() {
        return run.bit(StandardSignal.PRESSURE_RELEASED) && !run.bit(StandardSignal.RUNNING);
    }

    void setpoint(double megaPascals) throws PressLinkException {
        if (!(megaPascals >= 0) || megaPascals > target() || megaPascals > request.vessel().maxPressureMegaPascals()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "not written: %.2f MPa is outside 0..%.2f MPa", megaPascals, target()));
        }
        run.port.writeExactly(StandardSignal.VESSEL_PRESSURE_SETPOINT, megaPascals);
    }

    void rate(StandardSignal which, double megaPascalsPerSecond) throws PressLinkException {
        if (!(megaPascalsPerSecond > 0) || megaPascalsPerSecond > maxRate()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "not written: %.2f MPa/s is outside the vessel's 0..%.2f MPa/s", megaPascalsPerSecond, maxRate()));
        }
        run.port.writeExactly(which, megaPascalsPerSecond);
    }

    /** Writes the check's pressure and a rate, start↑, and waits until it runs; "" when it does, else why not. */
    String start(double rate) throws PressLinkException, InterruptedException {
        String blocked = run.notReady();
        if (!blocked.isEmpty()) {
            return blocked;
        }
        setpoint(target());
        rate(StandardSignal.VESSEL_PRESSURE_RATE, rate);
        run.pulse(StandardSignal.START);
        if (!run.await(() -> run.bit(StandardSignal.RUNNING), Duration.ofSeconds(2))) {
            return "START with " + mpa(target()) + " was not taken: running stayed 0"
                    + (run.faultCode() > 0 ? " (" + run.port.faultTexts().describe(run.faultCode()) + ")" : "");
        }
        return "";
    }

    /** Starts and waits for HOLDING; "" once holding, else why not. */
    String startAndHold(double rate) throws PressLinkException, InterruptedException {
        String notStarted = start(rate);
        if (!notStarted.isEmpty()) {
            return notStarted;
        }
        if (!run.await(this::holding, moveTime(target(), rate))) {
            return "not HOLDING: pressure " + mpa(pressure()) + " of " + mpa(target()) + ", pressState " + state();
        }
        return "";
    }

    /** How long a pressurise or vent over this pressure may take, generously. */
    static Duration moveTime(double megaPascals, double rate) {
        return Duration.ofMillis((long) (megaPascals / rate * 1000 * 3) + 10_000);
    }

    String stateWords() {
        return "pressState " + state() + ", running " + (run.bit(StandardSignal.RUNNING) ? 1 : 0) + ", pressureReleased "
                + (run.bit(StandardSignal.PRESSURE_RELEASED) ? 1 : 0) + ", faultCode " + run.faultCode();
    }

    static String mpa(double megaPascals) {
        return String.format(Locale.ROOT, "%.2f MPa", megaPascals);
    }

    static String rateWords(double megaPascalsPerSecond) {
        return String.format(Locale.ROOT, "%.2f MPa/s", megaPascalsPerSecond);
    }
}

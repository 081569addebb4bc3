package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * One PRESSURISE or DEPRESSURISE on an isostatic vessel, as the HMI watches it: the vessel pressure
 * samples (its own trace, never a force), the hold — started by the first sample at or above
 * target − band and timed by the HMI's monotonic clock at the samples' arrival — the lowest and highest
 * pressure during the hold, and on a vent the fastest venting rate measured over windows of
 * {@link #VENT_WINDOW_SECONDS}. Samples are written on the adapter's thread; the worker and the screen
 * read.
 */
final class VesselRun {

    /**
     * The vent rate is measured over at least this much time: over one 20 ms sample a transducer's
     * noise would read as a rate many times the real one. An engineering choice, not a process number.
     */
    static final double VENT_WINDOW_SECONDS = 1.0;
    /** Below this the vessel counts as vented, with {@code pressureReleased} (docs/plc-interface.md section 12). */
    static final double VENTED_BELOW_MPA = 0.1;

    final int step;
    /** The PRESSURISE, or null for a DEPRESSURISE. */
    final RecipeStep.Pressurise pressurise;
    /** The DEPRESSURISE, or null for a PRESSURISE. */
    final RecipeStep.Depressurise depressurise;
    private final ConcurrentLinkedQueue<VesselPoint> unflushed = new ConcurrentLinkedQueue<>();
    private volatile int samples;
    private volatile double pressure = Double.NaN;
    private volatile Instant lastTime;
    /** The medium's temperature in force (WIP); empty when none was read or its thermocouple reads Bad. */
    private volatile OptionalDouble temperature = OptionalDouble.empty();
    /** HMI monotonic seconds when the band was reached; NaN while pressurising. */
    private volatile double holdStartSeconds = Double.NaN;
    private volatile Instant holdStartTime;
    private double minInHold = Double.POSITIVE_INFINITY;
    private double maxInHold = Double.NEGATIVE_INFINITY;
    private int belowBand;
    private double windowStartSeconds = Double.NaN;
    private double windowStartPressure;
    private double fastestVent = Double.NaN;
    private double ventFrom = Double.NaN;
    private volatile boolean released;
    /** Whether this PRESSURISE has had its live above-the-band alarm: one per step, however many samples are above. */
    private boolean aboveTopClaimed;
    /** The live above-the-band alarm's id once raised (worker), for the step's end to clear it. */
    volatile String aboveTopAlarmId;
    /** False while a warm PRESSURISE soaks the medium before the pump starts; true from the start for any other step. */
    private volatile boolean pumpStarted;
    /** HMI monotonic seconds since the medium has been in band without a break while soaking; NaN while out of band. */
    private double inBandSinceSeconds = Double.NaN;
    private volatile double soakedSeconds;
    private double mediumMin = Double.POSITIVE_INFINITY;
    private double mediumMax = Double.NEGATIVE_INFINITY;
    private int mediumOutOfBand;
    private int mediumMissing;

    VesselRun(int step, RecipeStep.Pressurise pressurise, RecipeStep.Depressurise depressurise) {
        this.step = step;
        this.pressurise = pressurise;
        this.depressurise = depressurise;
        this.pumpStarted = pressurise == null || !pressurise.warm();
    }

    /** A warm PRESSURISE whose medium is still being brought into its band: the pump has not been started. */
    boolean soaking() {
        return !pumpStarted;
    }

    /** The pressure setpoints and start↑ were written after the soak (worker, under the lock). */
    void pumpStarted() {
        pumpStarted = true;
    }

    /**
     * Whether the medium has now stayed in the recipe's band for the soak without a break, by the HMI's
     * clock at {@code nowSeconds} (the worker's tick); a reading out of band or missing restarts the soak.
     */
    synchronized boolean soakDone(double nowSeconds) {
        if (!soaking()) {
            return false;
        }
        if (temperature.isPresent() && pressurise.temperatureInBand(temperature.getAsDouble())) {
            if (Double.isNaN(inBandSinceSeconds)) {
                inBandSinceSeconds = nowSeconds;
            }
            soakedSeconds = nowSeconds - inBandSinceSeconds;
            return soakedSeconds >= pressurise.soak().toMillis() / 1000.0;
        }
        inBandSinceSeconds = Double.NaN;
        soakedSeconds = 0;
        return false;
    }

    /** How long the medium has been in band in this soak, seconds (0 while out of band). */
    double soakedSeconds() {
        return soakedSeconds;
    }

    /** The medium's temperature in force now; empty when none was read or its thermocouple reads Bad. */
    OptionalDouble temperature() {
        return temperature;
    }

    /**
     * The vessel as the HMI last read it when the step starts (under the lock): its pressure and
     * {@code pressureReleased}, so a vent of a vessel already vented ends at once. Not a sample of the
     * step: nothing is recorded.
     */
    synchronized void seed(double megaPascals, boolean isReleased) {
        pressure = megaPascals;
        released = isReleased;
        if (depressurise != null && Double.isFinite(megaPascals)) {
            ventFrom = megaPascals;
        }
    }

    /**
     * Whether a PRESSURISE sample is the first above the band's top (target + band) this step: the
     * caller raises the live alarm for it once. The PLC's over-pressure trip (fault 4) stays the guard.
     */
    synchronized boolean firstAboveTop(double megaPascals) {
        if (pressurise == null || aboveTopClaimed || megaPascals <= pressurise.upperLimit().megaPascals()) {
            return false;
        }
        aboveTopClaimed = true;
        return true;
    }

    /** What a vessel pressure sample did to the step. */
    enum Change { NONE, HOLD_STARTED, VENTED }

    /** A good vessel pressure sample, received at {@code nowSeconds} of the HMI's monotonic clock (adapter's thread). */
    synchronized Change onPressure(double megaPascals, Instant sourceTime, double nowSeconds) {
        unflushed.add(new VesselPoint(step, sourceTime, megaPascals, temperature));
        samples++;
        pressure = megaPascals;
        lastTime = sourceTime;
        if (pressurise != null) {
            return pressurising(megaPascals, sourceTime, nowSeconds);
        }
        venting(megaPascals, nowSeconds);
        return vented() ? Change.VENTED : Change.NONE;
    }

    private Change pressurising(double megaPascals, Instant sourceTime, double nowSeconds) {
        boolean started = false;
        if (!holding() && pressurise.inOrAboveBand(megaPascals)) {
            holdStartSeconds = nowSeconds;
            holdStartTime = sourceTime;
            started = true;
        }
        if (holding()) {
            minInHold = Math.min(minInHold, megaPascals);
            maxInHold = Math.max(maxInHold, megaPascals);
            if (!pressurise.inOrAboveBand(megaPascals)) {
                belowBand++;
            }
            if (pressurise.warm()) {
                medium();
            }
        }
        return started ? Change.HOLD_STARTED : Change.NONE;
    }

    /** The medium at a hold sample: a missing reading is counted as missing, never as in or out of band. */
    private void medium() {
        if (temperature.isEmpty()) {
            mediumMissing++;
            return;
        }
        double c = temperature.getAsDouble();
        mediumMin = Math.min(mediumMin, c);
        mediumMax = Math.max(mediumMax, c);
        if (!pressurise.temperatureInBand(c)) {
            mediumOutOfBand++;
        }
    }

    /** The medium during the hold as the record keeps it (a warm PRESSURISE); min and max are empty when no reading arrived. */
    synchronized VesselStepValues.WarmHold warmHold() {
        boolean any = mediumMin <= mediumMax;
        return new VesselStepValues.WarmHold(pressurise.temperature().orElseThrow().celsius(), pressurise.temperatureBand().map(t -> t.celsius()).orElse(0.0),
                pressurise.soak().toMillis() / 1000.0, any ? OptionalDouble.of(mediumMin) : OptionalDouble.empty(),
                any ? OptionalDouble.of(mediumMax) : OptionalDouble.empty(), mediumOutOfBand, mediumMissing);
    }

    private void venting(double megaPascals, double nowSeconds) {
        if (Double.isNaN(ventFrom)) {
            ventFrom = megaPascals;
        }
        if (Double.isNaN(windowStartSeconds)) {
            windowStartSeconds = nowSeconds;
            windowStartPressure = megaPascals;
        } else if (nowSeconds - windowStartSeconds >= VENT_WINDOW_SECONDS) {
            double rate = (windowStartPressure - megaPascals) / (nowSeconds - windowStartSeconds);
            fastestVent = Double.isNaN(fastestVent) ? rate : Math.max(fastestVent, rate);
            windowStartSeconds = nowSeconds;
            windowStartPressure = megaPascals;
        }
    }

    /** {@code pressureReleased} as the PLC reads it now (adapter's thread); true if the vent is over with it. */
    boolean onReleased(boolean isReleased) {
        released = isReleased;
        return depressurise != null && vented();
    }

    /** The vent is over: the PLC says released and the last pressure read is below {@link #VENTED_BELOW_MPA}. */
    boolean vented() {
        return released && pressure < VENTED_BELOW_MPA;
    }

    /** The medium's temperature from now on; NaN: no reading (an open thermocouple), never a number. */
    void onTemperature(double celsius) {
        temperature = Double.isFinite(celsius) ? OptionalDouble.of(celsius) : OptionalDouble.empty();
    }

    boolean holding() {
        return !Double.isNaN(holdStartSeconds);
    }

    double heldSeconds(double nowSeconds) {
        return holding() ? nowSeconds - holdStartSeconds : 0;
    }

    /** The hold has lasted the recipe's time by the HMI's clock. */
    boolean holdDone(double nowSeconds) {
        return pressurise != null && holding() && heldSeconds(nowSeconds) >= pressurise.hold().toMillis() / 1000.0;
    }

    double pressure() {
        return pressure;
    }

    /** Takes the samples not yet committed, oldest first. */
    List<VesselPoint> takeUnflushed() {
        List<VesselPoint> out = new ArrayList<>();
        for (VesselPoint p; (p = unflushed.poll()) != null; ) {
            out.add(p);
        }
        return out;
    }

    /** Puts samples whose commit failed back in front, so the next flush retries them in order. */
    void putBack(List<VesselPoint> failed) {
        List<VesselPoint> rest = new ArrayList<>(failed);
        rest.addAll(takeUnflushed());
        unflushed.addAll(rest);
    }

    Instant holdStartTime() {
        return holdStartTime;
    }

    /** The hold as the record keeps it, ended at {@code nowSeconds}; the end's source time is the last sample's. */
    synchronized VesselStepValues.Held held(double nowSeconds) {
        return new VesselStepValues.Held(pressurise.target().megaPascals(), pressurise.band().megaPascals(), pressurise.hold().toMillis() / 1000.0,
                holdStartTime, lastTime, heldSeconds(nowSeconds), minInHold, maxInHold, belowBand, samples);
    }

    /** The vent as the record keeps it; the fastest rate is left out when the vent was shorter than one window. */
    synchronized VesselStepValues.Vented vented(Instant at) {
        Optional<Double> fastest = Double.isNaN(fastestVent) ? Optional.empty() : Optional.of(fastestVent);
        return new VesselStepValues.Vented(depressurise.maxRate().megaPascalsPerSecond(), fastest, Double.isNaN(ventFrom) ? 0 : ventFrom, at);
    }

    Instant lastTime() {
        return lastTime;
    }
}

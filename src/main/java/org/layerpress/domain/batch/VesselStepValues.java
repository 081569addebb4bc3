package org.layerpress.domain.batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * How a PRESSURISE or DEPRESSURISE step's results are kept in its events' values
 * (docs/batch-record-format.md, "Vessel steps"). Every key says "vessel" and its unit, so a vessel
 * pressure is never read as a press force. A value that was not measured is left out, never written
 * as a number.
 */
public final class VesselStepValues {

    /** Set when the HMI wrote the step's setpoints and command: the step ran on the vessel (a resume may continue it DEVIATED). */
    public static final String STARTED = "vessel.started";
    /** The cause of the live HIGH alarm a PRESSURISE raises (once) when the vessel pressure passes the band's top. */
    public static final String ABOVE_BAND_CAUSE = "VESSEL_PRESSURE_ABOVE_BAND";
    public static final String TARGET_MPA = "vessel.target.MPa";
    public static final String BAND_MPA = "vessel.band.MPa";
    public static final String RATE_MPAPS = "vessel.rate.MPaps";
    public static final String HOLD_S = "vessel.hold.s";
    public static final String HOLD_STARTED_AT = "vessel.hold.startedAt";
    public static final String HOLD_ENDED_AT = "vessel.hold.endedAt";
    public static final String HELD_S = "vessel.held.s";
    public static final String HOLD_MIN_MPA = "vessel.hold.min.MPa";
    public static final String HOLD_MAX_MPA = "vessel.hold.max.MPa";
    public static final String BELOW_BAND_SAMPLES = "vessel.hold.belowBand.samples";
    public static final String SAMPLES = "vessel.samples";
    public static final String VENT_LIMIT_MPAPS = "vessel.vent.limit.MPaps";
    public static final String VENT_FASTEST_MPAPS = "vessel.vent.fastest.MPaps";
    public static final String VENT_FROM_MPA = "vessel.vent.from.MPa";
    public static final String VENTED_AT = "vessel.ventedAt";
    public static final String START_FAILED = "vessel.start.failed";
    public static final String TEMPERATURE_C = "vessel.temperature.C";
    public static final String TEMPERATURE_BAND_C = "vessel.temperatureBand.C";
    public static final String SOAK_S = "vessel.soak.s";
    /** How long the medium had been in band when the pump was started (the soak as the HMI's clock timed it). */
    public static final String SOAKED_S = "vessel.soaked.s";
    public static final String HOLD_MEDIUM_MIN_C = "vessel.hold.temperature.min.C";
    public static final String HOLD_MEDIUM_MAX_C = "vessel.hold.temperature.max.C";
    public static final String HOLD_MEDIUM_OUT_OF_BAND = "vessel.hold.temperature.outOfBand.samples";
    public static final String HOLD_MEDIUM_MISSING = "vessel.hold.temperature.missing.samples";
    /** After a vent: "written" when the heater was switched off (0 °C written), else why not, in words. */
    public static final String HEATER_OFF = "vessel.heater.off";

    private VesselStepValues() {
    }

    /**
     * A PRESSURISE's hold as recorded: the recipe's target, band and hold; when the band was reached and
     * the hold ended (PLC source times of the samples); how long the HMI's monotonic clock timed it; the
     * lowest and highest vessel pressure during the hold and how many samples were below the band.
     */
    public record Held(double targetMegaPascals, double bandMegaPascals, double holdSeconds, Instant holdStartedAt, Instant holdEndedAt,
                       double heldSeconds, double minMegaPascals, double maxMegaPascals, int belowBandSamples, int samples) {

        public double lowerMegaPascals() {
            return targetMegaPascals - bandMegaPascals;
        }
    }

    /**
     * A DEPRESSURISE as recorded: the recipe's fastest allowed vent, the fastest the HMI measured (empty
     * when the vent was too short to measure), the pressure it vented from and when the vessel read vented.
     */
    public record Vented(double limitMegaPascalsPerSecond, Optional<Double> fastestMegaPascalsPerSecond, double fromMegaPascals, Instant ventedAt) {

        /** Measured faster than the recipe's limit by more than {@link #VENT_RATE_ALLOWANCE}. */
        public boolean tooFast() {
            return fastestMegaPascalsPerSecond.map(r -> r > limitMegaPascalsPerSecond * (1 + VENT_RATE_ALLOWANCE)).orElse(false);
        }
    }

    /**
     * How much faster than the recipe's limit a measured vent may read before it is flagged: the rate is
     * measured from samples timed at their arrival over one-second windows, whose jitter reads a few per
     * cent either way. A measurement allowance chosen for this HMI, not a process number from a source.
     */
    public static final double VENT_RATE_ALLOWANCE = 0.10;

    /**
     * A warm PRESSURISE's medium as recorded: the recipe's temperature, band and soak, the lowest and
     * highest medium temperature read during the hold (empty when none arrived), how many hold samples
     * found it outside the band, and how many found no reading (an open thermocouple: missing, never a number).
     */
    public record WarmHold(double celsius, double bandCelsius, double soakSeconds, OptionalDouble minCelsius, OptionalDouble maxCelsius,
                           int outOfBandSamples, int missingSamples) {
    }

    public static Map<String, String> encode(WarmHold w) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(TEMPERATURE_C, num(w.celsius()));
        out.put(TEMPERATURE_BAND_C, num(w.bandCelsius()));
        out.put(SOAK_S, num(w.soakSeconds()));
        w.minCelsius().ifPresent(v -> out.put(HOLD_MEDIUM_MIN_C, num(v)));
        w.maxCelsius().ifPresent(v -> out.put(HOLD_MEDIUM_MAX_C, num(v)));
        out.put(HOLD_MEDIUM_OUT_OF_BAND, Integer.toString(w.outOfBandSamples()));
        out.put(HOLD_MEDIUM_MISSING, Integer.toString(w.missingSamples()));
        return out;
    }

    /** The medium of a warm PRESSURISE's hold; empty for a cold step or one whose hold did not end. */
    public static Optional<WarmHold> warmHold(Map<String, String> values) {
        if (!values.containsKey(HOLD_ENDED_AT) || !values.containsKey(HOLD_MEDIUM_OUT_OF_BAND)) {
            return Optional.empty();
        }
        return Optional.of(new WarmHold(d(values, TEMPERATURE_C), d(values, TEMPERATURE_BAND_C), d(values, SOAK_S), optional(values, HOLD_MEDIUM_MIN_C),
                optional(values, HOLD_MEDIUM_MAX_C), Integer.parseInt(values.get(HOLD_MEDIUM_OUT_OF_BAND)), Integer.parseInt(values.get(HOLD_MEDIUM_MISSING))));
    }

    private static OptionalDouble optional(Map<String, String> values, String key) {
        return values.containsKey(key) ? OptionalDouble.of(d(values, key)) : OptionalDouble.empty();
    }

    public static Map<String, String> encode(Held h) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(TARGET_MPA, num(h.targetMegaPascals()));
        out.put(BAND_MPA, num(h.bandMegaPascals()));
        out.put(HOLD_S, num(h.holdSeconds()));
        out.put(HOLD_STARTED_AT, h.holdStartedAt().toString());
        out.put(HOLD_ENDED_AT, h.holdEndedAt().toString());
        out.put(HELD_S, num(h.heldSeconds()));
        out.put(HOLD_MIN_MPA, num(h.minMegaPascals()));
        out.put(HOLD_MAX_MPA, num(h.maxMegaPascals()));
        out.put(BELOW_BAND_SAMPLES, Integer.toString(h.belowBandSamples()));
        out.put(SAMPLES, Integer.toString(h.samples()));
        return out;
    }

    public static Map<String, String> encode(Vented v) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(VENT_LIMIT_MPAPS, num(v.limitMegaPascalsPerSecond()));
        v.fastestMegaPascalsPerSecond().ifPresent(r -> out.put(VENT_FASTEST_MPAPS, num(r)));
        out.put(VENT_FROM_MPA, num(v.fromMegaPascals()));
        out.put(VENTED_AT, v.ventedAt().toString());
        return out;
    }

    public static Optional<Held> held(Map<String, String> values) {
        if (!values.containsKey(HOLD_ENDED_AT)) {
            return Optional.empty();
        }
        return Optional.of(new Held(d(values, TARGET_MPA), d(values, BAND_MPA), d(values, HOLD_S), Instant.parse(values.get(HOLD_STARTED_AT)),
                Instant.parse(values.get(HOLD_ENDED_AT)), d(values, HELD_S), d(values, HOLD_MIN_MPA), d(values, HOLD_MAX_MPA),
                Integer.parseInt(values.get(BELOW_BAND_SAMPLES)), Integer.parseInt(values.get(SAMPLES))));
    }

    public static Optional<Vented> vented(Map<String, String> values) {
        if (!values.containsKey(VENTED_AT)) {
            return Optional.empty();
        }
        Optional<Double> fastest = Optional.ofNullable(values.get(VENT_FASTEST_MPAPS)).map(Double::parseDouble);
        return Optional.of(new Vented(d(values, VENT_LIMIT_MPAPS), fastest, d(values, VENT_FROM_MPA), Instant.parse(values.get(VENTED_AT))));
    }

    private static double d(Map<String, String> values, String key) {
        return Double.parseDouble(values.get(key));
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}

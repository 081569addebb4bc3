package org.layerpress.domain.batch;

import java.util.Map;
import java.util.Optional;
import org.layerpress.domain.batch.StepResult.CoolStarted;
import org.layerpress.domain.batch.StepResult.Cooled;
import org.layerpress.domain.batch.StepResult.HeatStarted;
import org.layerpress.domain.batch.StepResult.Heated;
import org.layerpress.domain.batch.StepResult.PlatensDuringHold;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * The heated-platen part of {@link StepResultCodec}: HEAT and COOL results and a PRESS step's platens
 * during its hold, as named text values (units in the names, numbers as {@link EvidenceNumbers#text}).
 */
final class PlatenResultCodec {

    static final String SETPOINT_C = "platen.setpoint.C";
    static final String RAMP_C_PER_MIN = "platen.ramp.Cpmin";
    static final String BAND_C = "platen.band.C";
    static final String SOAK_S = "soak.s";
    static final String LIMIT_C = "platen.limit.C";
    static final String TOP_C = "platen.top.C";
    static final String BOTTOM_C = "platen.bottom.C";
    static final String SOAKED_S = "soaked.s";
    static final String RELEASE_BELOW_C = "releaseBelow.C";
    static final String UNDER_LOAD = "underLoad";
    static final String HOLD_MIN_C = "hold.platen.min.C";
    static final String HOLD_MAX_C = "hold.platen.max.C";
    static final String HOLD_SETPOINT_C = "hold.platen.setpoint.C";
    static final String HOLD_BAND_C = "hold.platen.band.C";

    private PlatenResultCodec() {
    }

    /** Writes a platen result into {@code v}; false when {@code result} is none. */
    static boolean encode(StepResult result, Map<String, String> v) {
        if (result instanceof HeatStarted h) {
            v.put(SETPOINT_C, num(h.setpointCelsius()));
            v.put(RAMP_C_PER_MIN, num(h.rampCelsiusPerMinute()));
            v.put(BAND_C, num(h.bandCelsius()));
            v.put(SOAK_S, num(h.soakSeconds()));
            v.put(LIMIT_C, num(h.limitCelsius()));
        } else if (result instanceof Heated h) {
            v.put(TOP_C, num(h.topCelsius()));
            v.put(BOTTOM_C, num(h.bottomCelsius()));
            v.put(SOAKED_S, num(h.soakedSeconds()));
            v.put(SETPOINT_C, num(h.setpointCelsius()));
        } else if (result instanceof CoolStarted c) {
            v.put(SETPOINT_C, num(c.setpointCelsius()));
            v.put(RELEASE_BELOW_C, num(c.releaseBelowCelsius()));
            v.put(UNDER_LOAD, Boolean.toString(c.underLoad()));
        } else if (result instanceof Cooled c) {
            v.put(TOP_C, num(c.topCelsius()));
            v.put(BOTTOM_C, num(c.bottomCelsius()));
            v.put(RELEASE_BELOW_C, num(c.releaseBelowCelsius()));
        } else if (result instanceof PlatensDuringHold p) {
            v.put(HOLD_MIN_C, num(p.minCelsius()));
            v.put(HOLD_MAX_C, num(p.maxCelsius()));
            v.put(HOLD_SETPOINT_C, num(p.setpointCelsius()));
            v.put(HOLD_BAND_C, num(p.bandCelsius()));
        } else {
            return false;
        }
        return true;
    }

    /** Present once a HEAT start was recorded. */
    static Optional<HeatStarted> heatStarted(Map<String, String> v) {
        return present(v, RAMP_C_PER_MIN).map(s -> new HeatStarted(number(v, SETPOINT_C), number(v, RAMP_C_PER_MIN), number(v, BAND_C),
                number(v, SOAK_S), number(v, LIMIT_C)));
    }

    /** Present once the soak was over. */
    static Optional<Heated> heated(Map<String, String> v) {
        return present(v, SOAKED_S).map(s -> new Heated(number(v, TOP_C), number(v, BOTTOM_C), number(v, SOAKED_S), number(v, SETPOINT_C)));
    }

    static Optional<CoolStarted> coolStarted(Map<String, String> v) {
        return present(v, UNDER_LOAD).map(s -> new CoolStarted(number(v, SETPOINT_C), number(v, RELEASE_BELOW_C), Boolean.parseBoolean(s)));
    }

    static Optional<Cooled> cooled(Map<String, String> v) {
        return present(v, TOP_C).filter(s -> v.containsKey(RELEASE_BELOW_C))
                .map(s -> new Cooled(number(v, TOP_C), number(v, BOTTOM_C), number(v, RELEASE_BELOW_C)));
    }

    static Optional<PlatensDuringHold> platensDuringHold(Map<String, String> v) {
        return present(v, HOLD_BAND_C).map(s -> new PlatensDuringHold(number(v, HOLD_MIN_C), number(v, HOLD_MAX_C), number(v, HOLD_SETPOINT_C),
                number(v, HOLD_BAND_C)));
    }

    private static Optional<String> present(Map<String, String> v, String key) {
        String s = v.get(key);
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static double number(Map<String, String> v, String key) {
        return EvidenceNumbers.parseOrNaN(v.getOrDefault(key, ""));
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}

package org.layerpress.domain.batch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * The values of a PRESS step on a manual pump press with a gauge only (docs/batch-record-format.md):
 * {@code press.trace = manual} (no transducer trace: nothing of this step is a measured curve), the
 * dial's unit and its kN per unit, the two readings typed in at the hold's start and end
 * ({@code gauge.start}, {@code gauge.end}, each with {@code .by}, {@code .byName} and {@code .at}),
 * and the hold as the HMI timed it between the two ({@code hold.timed.s}).
 */
public final class GaugeValues {

    public static final String TRACE = "press.trace";
    /** {@link #TRACE}'s value on a gauge-only press: the readings were typed in, no trace was recorded. */
    public static final String MANUAL = "manual";
    public static final String UNIT = "gauge.unit";
    /** kN on the ram per unit of the dial (from the mapping's ram area): turns a reading into MPa on the die. */
    public static final String KN_PER_UNIT = "gauge.kNperUnit";
    public static final String START = "gauge.start";
    public static final String END = "gauge.end";
    public static final String BY = ".by";
    public static final String BY_NAME = ".byName";
    public static final String AT = ".at";
    /** The hold by the station's monotonic clock, from the start reading's confirmation to the end reading's. */
    public static final String HOLD_TIMED_S = "hold.timed.s";
    /** On the RELEASE step: who confirmed the release valve open (no transducer sees it). */
    public static final String RELEASE_VALVE_CONFIRMED_BY = "release.valveOpen.confirmedBy";

    private GaugeValues() {
    }

    /** Whether a step's values are a gauge-only press step's. */
    public static boolean manualTrace(Map<String, String> values) {
        return MANUAL.equals(values.get(TRACE));
    }

    /** A reading under {@code key} ({@link #START} or {@link #END}). */
    public static Map<String, String> encode(String key, GaugeReading r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(key, EvidenceNumbers.text(r.value()));
        v.put(key + BY, r.login());
        v.put(key + BY_NAME, r.name());
        v.put(key + AT, r.at().toString());
        return v;
    }

    /** The reading under {@code key}, when one was typed in (and the unit recorded). */
    public static Optional<GaugeReading> decode(String key, Map<String, String> values) {
        OptionalDouble value = EvidenceNumbers.parse(values.getOrDefault(key, ""));
        String unit = values.getOrDefault(UNIT, "");
        String login = values.getOrDefault(key + BY, "");
        if (value.isEmpty() || unit.isBlank() || login.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GaugeReading(value.getAsDouble(), unit, login, values.getOrDefault(key + BY_NAME, ""),
                    Instant.parse(values.getOrDefault(key + AT, ""))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** kN on the ram per unit of the dial, as recorded at the step's start. */
    public static OptionalDouble kiloNewtonsPerUnit(Map<String, String> values) {
        return EvidenceNumbers.parse(values.getOrDefault(KN_PER_UNIT, ""));
    }
}

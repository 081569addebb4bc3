package org.layerpress.application.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.files.Quantity;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;

/**
 * Reads what makes a manual pump press readable: which transducer it has and, for an oil pressure
 * transducer, how pressure becomes force ({@code manualPump.ramArea} in mm², or an explicit
 * {@code manualPump.forcePerPressure} in kN/bar). A gauge-only press (neither force nor oilPressure
 * mapped) loads with no transducer spec; its {@code manualPump.gauge} says what the dial reads
 * ({@link #readGauge}), and without it the HMI connects and shows what it has but runs no recipe.
 */
final class ManualPumpReader {

    /** A lab press ram of about 11 mm to 250 mm diameter. */
    static final double MIN_RAM_AREA = 100;
    static final double MAX_RAM_AREA = 50_000;
    /** The same span as kN per bar (1 bar on 1 mm² is 0.1 N). */
    static final double MIN_KN_PER_BAR = MIN_RAM_AREA / 10_000;
    static final double MAX_KN_PER_BAR = MAX_RAM_AREA / 10_000;

    /** kN per bar for each oil pressure unit the HMI converts (1 MPa = 10 bar). */
    private static final Map<String, Double> BAR_PER_UNIT = Map.of("bar", 1.0, "MPa", 10.0);

    private final MappingValues values;

    ManualPumpReader(MappingValues values) {
        this.values = values;
    }

    /**
     * @param section the {@code manualPump:} section, if the file has one
     * @param top the file's top level, where a missing section or transducer is reported
     */
    Optional<ManualPumpSpec> read(Optional<YamlSection> section, YamlSection top, PressProfile press, Map<StandardSignal, SignalSpec> signals) {
        boolean manual = press.has(PressCapability.MANUAL_PUMP);
        if (!manual) {
            section.ifPresent(o -> {
                throw values.error(o.self(), o.path(), "a manualPump section is given but press.capabilities does not list " + PressCapability.MANUAL_PUMP.key());
            });
            return Optional.empty();
        }
        YamlSection signalTable = top.section("signals");
        if (signals.containsKey(StandardSignal.FORCE)) {
            section.ifPresent(o -> {
                throw values.error(o.self(), o.path(), "the press reads force from a load cell; manualPump converts an oilPressure transducer only");
            });
            return Optional.of(ManualPumpSpec.loadCell());
        }
        SignalSpec oil = signals.get(StandardSignal.OIL_PRESSURE);
        if (oil == null) {
            // A gauge-only press: the operator reads the dial ({@link #readGauge}); there is no transducer to convert.
            return Optional.empty();
        }
        Double barPerUnit = BAR_PER_UNIT.get(oil.unit());
        if (barPerUnit == null) {
            YamlSection o = signalTable.section(StandardSignal.OIL_PRESSURE.key());
            throw values.error(o.self(), o.key("unit"), "the oil pressure a manual press is read from must be in bar or MPa, got " + oil.unit());
        }
        YamlSection o = section.orElseThrow(() -> values.error(top.self(), "manualPump",
                "the press reads oilPressure, so the mapping must say how it becomes force: manualPump.ramArea (mm2) or manualPump.forcePerPressure (kN/bar)"));
        if (o.has("gauge")) {
            throw values.error(o.self(), o.key("gauge"), "the press reads oilPressure from a transducer; manualPump.gauge is for a press with a gauge only");
        }
        o.allowOnly("ramArea", "forcePerPressure");
        return Optional.of(new ManualPumpSpec(StandardSignal.OIL_PRESSURE, kiloNewtonsPerBar(o) * barPerUnit));
    }

    /**
     * A gauge-only press (neither force nor oilPressure mapped): its {@code manualPump.gauge} (bar or MPa
     * in the oil line) and the ram's area, which the HMI needs to show the recipe's band on the dial.
     * Without the section the press loads but runs no recipe ({@code PressFit} says why).
     */
    Optional<GaugeSpec> readGauge(Optional<YamlSection> section, PressProfile press, Map<StandardSignal, SignalSpec> signals) {
        if (!press.has(PressCapability.MANUAL_PUMP) || signals.containsKey(StandardSignal.FORCE) || signals.containsKey(StandardSignal.OIL_PRESSURE)
                || section.isEmpty()) {
            return Optional.empty();
        }
        YamlSection o = section.get();
        o.allowOnly("gauge", "ramArea", "forcePerPressure");
        if (!o.has("gauge")) {
            throw values.error(o.self(), o.path(), "the press maps neither force nor oilPressure (a gauge only): say what the gauge reads, "
                    + "manualPump.gauge: bar or MPa (oil pressure), with ramArea (mm2) or forcePerPressure (kN/bar)");
        }
        String unit = o.requiredText("gauge");
        Double barPerUnit = BAR_PER_UNIT.get(unit);
        if (barPerUnit == null) {
            throw values.error(o.self(), o.key("gauge"), "a gauge read by hand must be marked in bar or MPa (oil pressure), got " + unit);
        }
        return Optional.of(new GaugeSpec(unit, kiloNewtonsPerBar(o) * barPerUnit));
    }

    /** kN per bar from exactly one of {@code ramArea} or {@code forcePerPressure}. */
    private double kiloNewtonsPerBar(YamlSection o) {
        if (o.has("ramArea") == o.has("forcePerPressure")) {
            throw values.error(o.self(), o.path(), "give exactly one of ramArea (mm2) or forcePerPressure (kN/bar)");
        }
        double kiloNewtonsPerBar;
        if (o.has("ramArea")) {
            Quantity q = o.quantity("ramArea", "2124 mm2", Quantity.Sign.POSITIVE, "mm2", "mm²");
            requireIn(q, MIN_RAM_AREA, MAX_RAM_AREA, "mm2 (a lab press ram)");
            // 1 bar = 0.1 N/mm², so F [kN] = p [bar] × A [mm²] / 10 000.
            kiloNewtonsPerBar = q.value() / 10_000;
        } else {
            Quantity q = o.quantity("forcePerPressure", "0.2124 kN/bar", Quantity.Sign.POSITIVE, "kN/bar");
            requireIn(q, MIN_KN_PER_BAR, MAX_KN_PER_BAR, "kN/bar (a lab press ram)");
            kiloNewtonsPerBar = q.value();
        }
        return kiloNewtonsPerBar;
    }

    private void requireIn(Quantity q, double min, double max, String what) {
        double v = q.value();
        if (v < min || v > max) {
            throw values.error(q.node(), q.key(), String.format(Locale.ROOT, "expected %s..%s %s, got %s", trim(min), trim(max), what, q.number()));
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

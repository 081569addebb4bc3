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
 * mapped) loads with no spec: the HMI can connect to it and show what it has, and
 * {@code PressFit} says in words why it runs no recipe on it yet.
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
            // A gauge-only press: the operator reads the dial; there is nothing for manualPump to convert.
            section.ifPresent(o -> {
                throw values.error(o.self(), o.path(), "the press maps neither force nor oilPressure (a gauge only), so there is no transducer "
                        + "for manualPump to convert; map oilPressure or leave manualPump out");
            });
            return Optional.empty();
        }
        Double barPerUnit = BAR_PER_UNIT.get(oil.unit());
        if (barPerUnit == null) {
            YamlSection o = signalTable.section(StandardSignal.OIL_PRESSURE.key());
            throw values.error(o.self(), o.key("unit"), "the oil pressure a manual press is read from must be in bar or MPa, got " + oil.unit());
        }
        YamlSection o = section.orElseThrow(() -> values.error(top.self(), "manualPump",
                "the press reads oilPressure, so the mapping must say how it becomes force: manualPump.ramArea (mm2) or manualPump.forcePerPressure (kN/bar)"));
        o.allowOnly("ramArea", "forcePerPressure");
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
        return Optional.of(new ManualPumpSpec(StandardSignal.OIL_PRESSURE, kiloNewtonsPerBar * barPerUnit));
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

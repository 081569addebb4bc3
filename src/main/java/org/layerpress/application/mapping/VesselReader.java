package org.layerpress.application.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.files.Quantity;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Temperature;

/**
 * Reads a mapping's {@code vessel:} section: an isostatic vessel's rating, its pump's fastest rate
 * and, for a warm isostatic press, the hottest its heater may be asked for. Like the platen limit, a
 * vessel recipe is judged only against numbers the site wrote down for its own vessel, so the section
 * has no defaults and an implausible number is refused at its line.
 */
final class VesselReader {

    /** From a small lab CIP to beyond the 1000 MPa class of research vessels. */
    static final double MIN_MPA = 1;
    static final double MAX_MPA = 1000;
    static final double MIN_RATE = 0.01;
    static final double MAX_RATE = 50;
    static final double MIN_CELSIUS = 30;
    static final double MAX_CELSIUS = 500;

    /** What a heated vessel needs mapped: the HMI writes the heater setpoint and reads the medium's temperature and the heater's fault. */
    static final List<StandardSignal> WARM_SIGNALS = List.of(StandardSignal.VESSEL_TEMPERATURE, StandardSignal.VESSEL_TEMPERATURE_SETPOINT,
            StandardSignal.VESSEL_HEATER_FAULT);

    private final MappingValues values;

    VesselReader(MappingValues values) {
        this.values = values;
    }

    /**
     * @param section the {@code vessel:} section, if the file has one
     * @param top the file's top level, where a missing section is reported
     */
    Optional<VesselSpec> read(Optional<YamlSection> section, YamlSection top, PressProfile press, Map<StandardSignal, SignalSpec> signals) {
        if (!press.has(PressCapability.ISOSTATIC_VESSEL)) {
            section.ifPresent(o -> {
                throw values.error(o.self(), o.path(), "a vessel section is given but press.capabilities does not list " + PressCapability.ISOSTATIC_VESSEL.key());
            });
            return Optional.empty();
        }
        YamlSection o = section.orElseThrow(() -> values.error(top.self(), "vessel",
                "an isostatic vessel needs a vessel section with its rating: vessel.maxPressure (MPa) and vessel.maxRate (MPa/s)"));
        o.allowOnly("maxPressure", "maxRate", "maxTemperature");
        double pressure = bounded(o.quantity("maxPressure", "600 MPa", Quantity.Sign.POSITIVE, "MPa"), MIN_MPA, MAX_MPA, "MPa (an isostatic vessel's rating)");
        double rate = bounded(o.quantity("maxRate", "5 MPa/s", Quantity.Sign.POSITIVE, "MPa/s"), MIN_RATE, MAX_RATE, "MPa/s (a vessel pump)");
        Optional<Temperature> hottest = Optional.empty();
        if (o.has("maxTemperature")) {
            double c = bounded(o.quantity("maxTemperature", "150 degC", Quantity.Sign.ANY, "degC", "°C"), MIN_CELSIUS, MAX_CELSIUS,
                    "degC (a warm isostatic press)");
            List<String> missing = WARM_SIGNALS.stream().filter(s -> !signals.containsKey(s)).map(StandardSignal::key).toList();
            if (!missing.isEmpty()) {
                throw values.error(o.node("maxTemperature"), o.key("maxTemperature"), "a heated vessel (maxTemperature given) must map "
                        + String.join(", ", missing));
            }
            hottest = Optional.of(Temperature.celsius(c));
        }
        return Optional.of(new VesselSpec(pressure, rate, hottest));
    }

    private double bounded(Quantity q, double min, double max, String what) {
        double v = q.value();
        if (v < min || v > max) {
            throw values.error(q.node(), q.key(), String.format(Locale.ROOT, "expected %s..%s %s, got %s", trim(min), trim(max), what, q.number()));
        }
        return v;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

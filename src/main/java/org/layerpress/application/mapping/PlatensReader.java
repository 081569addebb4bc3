package org.layerpress.application.mapping;

import java.util.Locale;
import org.layerpress.application.files.Quantity;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Temperature;

/**
 * Reads a mapping's {@code platens:} section: the highest platen temperature this press may be asked
 * for. A heated recipe is only ever judged against a limit the site wrote down for its own press,
 * never against a default, so the section has no default value and an implausible one is refused.
 */
final class PlatensReader {

    /** Below this a "heated" platen is hardly warmer than the glovebox; above it no lab press heats. */
    static final double MIN_CELSIUS = 30;
    static final double MAX_CELSIUS = 500;

    private final MappingValues values;

    PlatensReader(MappingValues values) {
        this.values = values;
    }

    Temperature read(YamlSection o, PressProfile press) {
        o.allowOnly("maxTemperature");
        Quantity q = o.quantity("maxTemperature", "300 degC", Quantity.Sign.ANY, "degC", "°C");
        double c = q.value();
        if (c < MIN_CELSIUS || c > MAX_CELSIUS) {
            throw values.error(q.node(), q.key(), String.format(Locale.ROOT, "expected %.0f..%.0f degC (a lab press's heated platens), got %s degC",
                    MIN_CELSIUS, MAX_CELSIUS, q.number()));
        }
        if (!press.has(PressCapability.HEATED_PLATENS)) {
            throw values.error(o.self(), o.path(), "a platen limit is given but press.capabilities does not list "
                    + PressCapability.HEATED_PLATENS.key());
        }
        return Temperature.celsius(c);
    }
}

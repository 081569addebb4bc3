package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/** The two platen temperatures as the PLC last reported them; an open thermocouple is never a number (docs/plc-interface.md, section 10). */
final class PlatenReadings {

    private PlatenReadings() {
    }

    /** Each platen whose temperature is not a good number now, in words; empty when both read. */
    static List<String> unknown(LivePressState live) {
        List<String> out = new ArrayList<>();
        for (StandardSignal s : List.of(StandardSignal.PLATEN_TEMPERATURE_TOP, StandardSignal.PLATEN_TEMPERATURE_BOTTOM)) {
            Optional<PressSample> sample = live.latest(s);
            String name = s == StandardSignal.PLATEN_TEMPERATURE_TOP ? "top" : "bottom";
            if (sample.isEmpty()) {
                out.add("the " + name + " platen's temperature has not arrived");
            } else if (!sample.get().good() || !Double.isFinite(sample.get().value())) {
                out.add("the " + name + " platen's thermocouple reads no temperature ("
                        + (sample.get().problem().isEmpty() ? "bad quality" : sample.get().problem()) + ")");
            }
        }
        return out;
    }

    /** The top platen's temperature; call only when {@link #unknown} is empty. */
    static double top(LivePressState live) {
        return live.latest(StandardSignal.PLATEN_TEMPERATURE_TOP).orElseThrow().value();
    }

    static double bottom(LivePressState live) {
        return live.latest(StandardSignal.PLATEN_TEMPERATURE_BOTTOM).orElseThrow().value();
    }
}

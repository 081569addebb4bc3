package org.layerpress.application.review;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.review.ValuePhrases.Phrase;
import org.layerpress.domain.batch.AtmosphereValues;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.PrintResolution;

/**
 * The glovebox atmosphere a step recorded (docs/glovebox.md), in one line for the QA screens and the
 * PDF: "glovebox Argon line 2: O2 0.04 ppm, H2O 0.08 ppm at 10:42:13 (recipe limits O2 ≤ 0.1 ppm,
 * H2O ≤ 0.1 ppm)". A gas that did not arrive is said as not read, with its reason, never as a number.
 * Each level keeps its own time when the two were received at different times on the page's clock.
 * Takes its keys out of {@code rest} so they are said once.
 */
final class AtmosphereWording {

    private AtmosphereWording() {
    }

    static Optional<Phrase> take(Map<String, String> rest, Function<Instant, String> time) {
        if (!rest.containsKey(AtmosphereValues.O2_PPM) && !rest.containsKey(AtmosphereValues.H2O_PPM)) {
            return Optional.empty();
        }
        // The phrase is named by the first gas recorded, the key an amendment of a level would name.
        String key = rest.containsKey(AtmosphereValues.O2_PPM) ? AtmosphereValues.O2_PPM : AtmosphereValues.H2O_PPM;
        String glovebox = rest.remove(AtmosphereValues.GLOVEBOX);
        List<String> levels = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Gas gas : Gas.values()) {
            String level = AtmosphereValues.level(gas.key());
            String stored = rest.remove(level);
            String reason = rest.remove(level + AtmosphereValues.MISSING_REASON);
            String at = rest.remove(level + AtmosphereValues.AT);
            if (stored == null) {
                continue;
            }
            if (stored.equals(AtmosphereValues.MISSING)) {
                levels.add(gas.label() + " not read" + (reason == null || reason.isBlank() ? "" : ": " + reason));
                times.add(null);
            } else {
                levels.add(gas.label() + " " + ppm(stored, true));
                times.add(at == null ? null : at(at, time));
            }
        }
        String first = glovebox == null || glovebox.isBlank() ? "glovebox atmosphere: " : "glovebox " + glovebox + ": ";
        return Optional.of(new Phrase(key, first + withTimes(levels, times) + limits(rest)));
    }

    /** One time after both levels when they read the same on the page, else each level with its own. */
    private static String withTimes(List<String> levels, List<String> times) {
        List<String> known = times.stream().filter(t -> t != null).distinct().toList();
        if (known.size() == 1) {
            int last = times.lastIndexOf(known.get(0));
            // The time belongs to the levels read, so it follows the last of them, before a gas not read.
            List<String> before = levels.subList(0, last + 1);
            List<String> after = levels.subList(last + 1, levels.size());
            return String.join(", ", before) + " at " + known.get(0) + (after.isEmpty() ? "" : ", " + String.join(", ", after));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            out.add(times.get(i) == null ? levels.get(i) : levels.get(i) + " at " + times.get(i));
        }
        return String.join(", ", out);
    }

    private static String limits(Map<String, String> rest) {
        String o2 = rest.remove(AtmosphereValues.MAX_O2_PPM);
        String h2o = rest.remove(AtmosphereValues.MAX_H2O_PPM);
        if (o2 == null && h2o == null) {
            return " (no recipe limits)";
        }
        List<String> out = new ArrayList<>();
        if (o2 != null) {
            out.add(Gas.O2.label() + " ≤ " + ppm(o2, false));
        }
        if (h2o != null) {
            out.add(Gas.H2O.label() + " ≤ " + ppm(h2o, false));
        }
        return " (recipe limits " + String.join(", ", out) + ")";
    }

    private static String ppm(String stored, boolean measured) {
        var number = EvidenceNumbers.parse(stored);
        if (number.isEmpty()) {
            // Not a number after all: print what the record holds rather than lose it.
            return stored + " ppm";
        }
        double v = number.getAsDouble();
        return (measured ? PrintResolution.GAS_PPM.reading(v) : PrintResolution.GAS_PPM.setting(v)) + " ppm";
    }

    private static String at(String stored, Function<Instant, String> time) {
        try {
            return time.apply(Instant.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }
}

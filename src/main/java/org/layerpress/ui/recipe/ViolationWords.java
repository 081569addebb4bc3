package org.layerpress.ui.recipe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.ui.fx.Words;

/**
 * A validator's objection in the reader's language. The domain words its objections in English (they
 * are also the refusals the use cases give and the audit keeps), with the values written into the
 * sentence; this knows the sentences of the common rules, takes the values out and puts them into the
 * bundle's {@code recipe.problem.*} pattern (numbers with the reader's decimal mark). A sentence it
 * does not know (heating, density, the isostatic vessel's rules, or one reworded later) is shown as
 * the domain wrote it, so nothing is ever hidden.
 */
final class ViolationWords {

    private record Known(Pattern english, String key) {
    }

    private static final String N = "(-?[0-9.]+)";

    private static final List<Known> KNOWN = List.of(
            known("the recipe needs a name", "name"),
            known("the recipe has no steps", "noSteps"),
            known("the recipe has no PRESS step", "noPress"),
            known("layer '(.+)' is loaded before the layer under it was pressed: press each layer before adding the next "
                    + "\\(one-step pressing of a stack leaves weak interfaces\\)", "multiStep"),
            known("layer '(.+)' is loaded while the press may still be closed: put a RELEASE before it", "releaseBeforeLoad"),
            known("EJECT comes before the pressure is released: put a RELEASE after the last PRESS", "releaseBeforeEject"),
            known("a CHECK step needs at least one item, none blank", "checkItems"),
            known("an INSPECT step needs at least one question, none blank", "inspectQuestions"),
            known("the recipe must end by releasing the pressure and ejecting the pellet \\(RELEASE, then EJECT\\)", "eject"),
            known("a PRESS after the EJECT is never released", "pressAfterEject"),
            known("target pressure must be above 0 MPa, was " + N + " MPa", "target"),
            known("tolerance band must be above 0 and below the target \\(" + N + " MPa\\), was ±" + N + " MPa", "band"),
            known("ramp must be above 0 MPa/s, was " + N + " MPa/s", "ramp"),
            known("hold must be 0 s to " + N + " min, was " + N + " s", "hold"),
            known("allowed decay during hold must be 0–50 %, was " + N + " %", "decay"),
            known("target mass must be " + N + "–" + N + " mg, was " + N + " mg", "mass"),
            known("mass tolerance must be above 0 and below the target \\(" + N + " mg\\), was ±" + N + " mg", "massTolerance"),
            known("a layer needs a name and a material", "layerNames"),
            known(N + " MPa \\(\\+" + N + " band\\) needs " + N + " kN in the " + N + " mm die, above the press capacity of " + N
                    + " kN \\((.+)\\)", "overCapacity"),
            known(N + " MPa \\(\\+" + N + " band\\) needs " + N + " kN, above the die rating of " + N + " kN \\(" + N + " MPa in this "
                    + N + " mm die\\)", "overDieRating"),
            known("ramp " + N + " MPa/s is " + N + " kN/s in this die, above the press limit of " + N + " kN/s \\(" + N + " MPa/s\\)",
                    "overRamp"));

    private ViolationWords() {
    }

    private static Known known(String englishRegex, String key) {
        return new Known(Pattern.compile(englishRegex), "recipe.problem." + key);
    }

    /** The objection's sentence for the screen. */
    static String of(Violation v) {
        return of(v.message());
    }

    static String of(String english) {
        for (Known k : KNOWN) {
            Matcher m = k.english().matcher(english);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    String g = m.group(i + 1);
                    values[i] = g.matches(N) ? Words.decimals(g) : g;
                }
                return Words.format(k.key(), values);
            }
        }
        return english;
    }
}

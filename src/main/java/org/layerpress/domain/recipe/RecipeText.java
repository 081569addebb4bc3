package org.layerpress.domain.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Cool;
import org.layerpress.domain.recipe.RecipeStep.Heat;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Scan;

/**
 * The canonical text of a recipe definition: one {@code key=value} line per field, in a fixed
 * order, numbers in Java's exact form. Signatures bind to its SHA-256, and comparing two versions
 * line by line is the diff a reviewer reads.
 */
public final class RecipeText {

    private RecipeText() {
    }

    public static String canonical(RecipeDefinition r) {
        return String.join("\n", lines(r)) + "\n";
    }

    public static List<String> lines(RecipeDefinition r) {
        List<String> out = new ArrayList<>();
        out.add("name=" + esc(r.name()));
        out.add("purpose=" + esc(r.purpose()));
        out.add("die.bore.mm=" + r.die().bore().millimetres());
        out.add("die.rating.kN=" + r.die().rating().kiloNewtons());
        // Only when present, like every field added later: recipes signed before keep their canonical text and hash.
        r.die().zeroPosition().ifPresent(z -> out.add("die.zeroPosition.mm=" + z.millimetres()));
        out.add("press.model=" + esc(r.press().model()));
        out.add("press.capacity.kN=" + r.press().capacity().kiloNewtons());
        out.add("press.maxRamp.kNps=" + r.press().maxRampKiloNewtonsPerSecond());
        out.add("press.capabilities=" + r.press().capabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        for (int i = 0; i < r.steps().size(); i++) {
            String p = "step." + (i + 1) + ".";
            RecipeStep s = r.steps().get(i);
            out.add(p + "kind=" + s.kind());
            out.add(p + "title=" + esc(s.title()));
            if (s instanceof Check c) {
                out.add(p + "items=" + c.items().stream().map(RecipeText::esc).collect(Collectors.joining("|")));
                // Only a step with limits adds lines, so the signed text of every older recipe stays the same.
                c.atmosphere().ifPresent(l -> {
                    out.add(p + "atmosphere.maxO2.ppm=" + l.maxO2Ppm());
                    out.add(p + "atmosphere.maxH2o.ppm=" + l.maxH2oPpm());
                });
            } else if (s instanceof Scan sc) {
                out.add(p + "target=" + sc.target());
            } else if (s instanceof LoadLayer l) {
                out.add(p + "layer=" + esc(l.layerName()));
                out.add(p + "material=" + esc(l.material()));
                out.add(p + "mass.mg=" + l.target().milligrams());
                out.add(p + "tolerance.mg=" + l.tolerance().milligrams());
                out.add(p + "secondPersonCheck=" + l.secondPersonCheck());
            } else if (s instanceof Press pr) {
                out.add(p + "pressure.MPa=" + pr.target().megaPascals());
                out.add(p + "ramp.MPaps=" + pr.ramp().megaPascalsPerSecond());
                out.add(p + "hold.s=" + pr.hold().toMillis() / 1000.0);
                out.add(p + "band.MPa=" + pr.band().megaPascals());
                out.add(p + "maxDecay.percent=" + pr.maxDecayPercent());
                out.add(p + "platen.C=" + pr.platen().map(t -> String.valueOf(t.celsius())).orElse(""));
                // Only when present: recipes signed before the band existed keep their canonical text and hash.
                pr.platenBand().ifPresent(b -> out.add(p + "platenBand.C=" + b.celsius()));
                pr.minRelativeDensityPercent().ifPresent(v -> out.add(p + "minRelativeDensity.percent=" + v));
            } else if (s instanceof Heat h) {
                out.add(p + "setpoint.C=" + h.setpoint().celsius());
                out.add(p + "ramp.Cpmin=" + h.rampCelsiusPerMinute());
                out.add(p + "band.C=" + h.band().celsius());
                out.add(p + "soak.s=" + h.soak().toMillis() / 1000.0);
            } else if (s instanceof Cool c) {
                out.add(p + "releaseBelow.C=" + c.releaseBelow().celsius());
                out.add(p + "underLoad=" + c.underLoad());
            } else if (s instanceof Inspect in) {
                out.add(p + "questions=" + in.questions().stream().map(RecipeText::esc).collect(Collectors.joining("|")));
            } else if (s instanceof RecipeStep.LoadVessel lv) {
                out.add(p + "items=" + lv.items().stream().map(RecipeText::esc).collect(Collectors.joining("|")));
            } else if (s instanceof RecipeStep.Pressurise ps) {
                // A signature binds the vessel pressure, its rate, hold and band, and the WIP temperature.
                out.add(p + "pressure.MPa=" + ps.target().megaPascals());
                out.add(p + "rate.MPaps=" + ps.rate().megaPascalsPerSecond());
                out.add(p + "hold.s=" + ps.hold().toMillis() / 1000.0);
                out.add(p + "band.MPa=" + ps.band().megaPascals());
                out.add(p + "temperature.C=" + ps.temperature().map(t -> String.valueOf(t.celsius())).orElse(""));
                out.add(p + "temperatureBand.C=" + ps.temperatureBand().map(t -> String.valueOf(t.celsius())).orElse(""));
                if (!ps.soak().isZero()) {
                    // Only when given, so the text (and the signatures) of a recipe without a soak stay as they were.
                    out.add(p + "soak.s=" + ps.soak().toMillis() / 1000.0);
                }
            } else if (s instanceof RecipeStep.Depressurise d) {
                out.add(p + "maxRate.MPaps=" + d.maxRate().megaPascalsPerSecond());
            }
        }
        return out;
    }

    /** Backslash, newline and the list separator are escaped so one value is always one line. */
    static String esc(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("|", "\\|");
    }
}

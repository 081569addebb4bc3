package org.layerpress.application.recipes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Cool;
import org.layerpress.domain.recipe.RecipeStep.Heat;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;

/**
 * A recipe definition as the tree of maps, lists, strings and booleans that {@link YamlRecipeFiles}
 * dumps as YAML or JSON. Numbers stay exact: each is written in the shortest decimal form that reads
 * back as the same {@code double}, with its unit in the value.
 */
final class RecipeFileWriter {

    private RecipeFileWriter() {
    }

    static Map<String, Object> tree(RecipeDefinition d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", YamlRecipeFiles.FORMAT);
        root.put("name", d.name());
        root.put("purpose", d.purpose());
        Map<String, Object> die = new LinkedHashMap<>();
        die.put("bore", num(d.die().bore().millimetres()) + " mm");
        die.put("rating", force(d.die().rating()));
        d.die().zeroPosition().ifPresent(z -> die.put("zeroPosition", num(z.millimetres()) + " mm"));
        root.put("die", die);
        Map<String, Object> press = new LinkedHashMap<>();
        press.put("model", d.press().model());
        press.put("capacity", force(d.press().capacity()));
        press.put("maxRampRate", num(d.press().maxRampKiloNewtonsPerSecond()) + " kN/s");
        press.put("capabilities", Stream.of(PressCapability.values()).filter(d.press()::has).map(PressCapability::key).toList());
        root.put("press", press);
        root.put("steps", d.steps().stream().map(RecipeFileWriter::step).toList());
        return root;
    }

    private static Map<String, Object> step(RecipeStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        m.put("title", s.title());
        if (s instanceof Check c) {
            m.put("items", c.items());
            c.atmosphere().ifPresent(l -> {
                Map<String, Object> atmosphere = new LinkedHashMap<>();
                atmosphere.put("maxO2", num(l.maxO2Ppm()) + " ppm");
                atmosphere.put("maxH2o", num(l.maxH2oPpm()) + " ppm");
                m.put("atmosphere", atmosphere);
            });
        } else if (s instanceof Scan sc) {
            m.put("target", sc.target().name());
        } else if (s instanceof LoadLayer l) {
            m.put("layer", l.layerName());
            m.put("material", l.material());
            m.put("mass", num(l.target().milligrams()) + " mg");
            m.put("tolerance", num(l.tolerance().milligrams()) + " mg");
            m.put("secondPersonCheck", l.secondPersonCheck());
        } else if (s instanceof Press p) {
            m.put("pressure", num(p.target().megaPascals()) + " MPa");
            m.put("ramp", num(p.ramp().megaPascalsPerSecond()) + " MPa/s");
            m.put("hold", seconds(p.hold()) + " s");
            m.put("band", num(p.band().megaPascals()) + " MPa");
            m.put("maxDecay", num(p.maxDecayPercent()) + " %");
            p.platen().ifPresent(t -> m.put("platen", num(t.celsius()) + " degC"));
            p.platenBand().ifPresent(t -> m.put("platenBand", num(t.celsius()) + " degC"));
            p.minRelativeDensityPercent().ifPresent(v -> m.put("minRelativeDensity", num(v) + " %"));
        } else if (s instanceof Heat h) {
            m.put("setpoint", num(h.setpoint().celsius()) + " degC");
            m.put("ramp", num(h.rampCelsiusPerMinute()) + " degC/min");
            m.put("band", num(h.band().celsius()) + " degC");
            m.put("soak", seconds(h.soak()) + " s");
        } else if (s instanceof Cool c) {
            m.put("releaseBelow", num(c.releaseBelow().celsius()) + " degC");
            m.put("underLoad", c.underLoad());
        } else if (s instanceof Inspect in) {
            m.put("questions", in.questions());
        } else if (s instanceof RecipeStep.LoadVessel lv) {
            m.put("items", lv.items());
        } else if (s instanceof RecipeStep.Pressurise ps) {
            m.put("pressure", num(ps.target().megaPascals()) + " MPa");
            m.put("rate", num(ps.rate().megaPascalsPerSecond()) + " MPa/s");
            m.put("hold", seconds(ps.hold()) + " s");
            m.put("band", num(ps.band().megaPascals()) + " MPa");
            ps.temperature().ifPresent(t -> m.put("temperature", num(t.celsius()) + " degC"));
            ps.temperatureBand().ifPresent(t -> m.put("temperatureBand", num(t.celsius()) + " degC"));
            if (!ps.soak().isZero()) {
                m.put("soak", seconds(ps.soak()) + " s");
            }
        } else if (s instanceof RecipeStep.Depressurise d) {
            m.put("maxRate", num(d.maxRate().megaPascalsPerSecond()) + " MPa/s");
        }
        // RELEASE and EJECT have a title only.
        return m;
    }

    /** The shortest plain decimal that parses back to exactly {@code v} (Double.toString's digits, no exponent). */
    static String num(double v) {
        if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
            return "-0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros().toPlainString();
    }

    /**
     * A force in the unit that writes it with the fewest digits while reading back exactly: a die
     * rated {@code Force.of(10, TONNE_FORCE)} is written "10 tf", not "98.0665 kN"; kN when in doubt.
     */
    static String force(Force f) {
        double kN = f.kiloNewtons();
        String best = num(kN) + " " + ForceUnit.KILONEWTON.symbol();
        int bestDigits = BigDecimal.valueOf(kN).stripTrailingZeros().precision();
        for (ForceUnit unit : List.of(ForceUnit.TONNE_FORCE, ForceUnit.US_TON_FORCE)) {
            BigDecimal v = BigDecimal.valueOf(f.in(unit)).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
            double back = Double.parseDouble(v.toPlainString());
            if (Force.of(back, unit).kiloNewtons() == kN && v.precision() < bestDigits) {
                best = v.toPlainString() + " " + unit.symbol();
                bestDigits = v.precision();
            }
        }
        return best;
    }
}

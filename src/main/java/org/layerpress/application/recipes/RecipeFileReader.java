package org.layerpress.application.recipes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.files.PressSectionReader;
import org.layerpress.application.files.Quantity;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Cool;
import org.layerpress.domain.recipe.RecipeStep.Heat;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One parse of one recipe file, on the SnakeYAML node tree so each error names the file, the line
 * and the key ({@code steps[5].pressure}; steps count from 1, as on screen). Unknown and duplicate
 * keys are errors. It builds a definition or fails; it does not run the {@code RecipeValidator}.
 */
final class RecipeFileReader {

    private static final String ROOT = YamlSection.ROOT;

    private final String file;
    private final YamlSection.Problems problems;
    /**
     * Whether the input limits apply: to a file being imported, yes; to a recipe's text as stored
     * (a version, a batch's control recipe), no, so a record written before a limit existed is
     * still read as it was. The YAML parser's own limits apply to both.
     */
    private final boolean bounded;

    RecipeFileReader(String file, boolean bounded) {
        this.file = file;
        this.bounded = bounded;
        this.problems = (line, key, problem) -> new RecipeFileException(file, line, key, problem);
    }

    RecipeDefinition parse(String text) {
        if (bounded) {
            DataFiles.requireSize(text, YamlRecipeFiles.FILE_KIND, InputLimits.RECIPE_FILE_MAX_BYTES, problems);
        }
        Node root = DataFiles.compose(text, problems, problem -> "not valid YAML or JSON: " + problem);
        if (root == null) {
            throw new RecipeFileException(file, 1, ROOT, "the file is empty; a recipe file starts with 'format: " + YamlRecipeFiles.FORMAT + "'");
        }
        RecipeSection top = obj(root, ROOT);
        if (!top.has("format")) {
            throw error(root, "format", "missing: a recipe file starts with 'format: " + YamlRecipeFiles.FORMAT + "'");
        }
        String format = top.text("format");
        if (!format.equals(YamlRecipeFiles.FORMAT)) {
            throw error(top.node("format"), "format", "unsupported format " + InputLimits.excerpt(format) + ": this LayerPress reads " + YamlRecipeFiles.FORMAT);
        }
        top.allowOnly("format", "name", "purpose", "die", "press", "steps");
        String name = bounded ? top.text("name", InputLimits.RECIPE_NAME) : top.text("name");
        String purpose = !top.has("purpose") ? "" : bounded ? top.text("purpose", InputLimits.RECIPE_PURPOSE) : top.text("purpose");
        DieSpec die = die(top.obj("die"));
        PressProfile press = PressSectionReader.read(top.obj("press"));
        List<RecipeStep> steps = steps(top);
        return new RecipeDefinition(name, purpose, die, press, steps);
    }

    private DieSpec die(RecipeSection o) {
        o.allowOnly("bore", "rating", "zeroPosition");
        Quantity bore = o.quantity("bore", "10 mm", Quantity.Sign.POSITIVE, "mm");
        Force rating = o.force("rating", "10 tf");
        Optional<Length> zero = o.has("zeroPosition")
                ? Optional.of(Length.millimetres(o.quantity("zeroPosition", "14.5 mm", Quantity.Sign.ANY, "mm").value()))
                : Optional.empty();
        return new DieSpec(Length.millimetres(bore.value()), rating, zero);
    }

    private List<RecipeStep> steps(RecipeSection top) {
        Node node = top.node("steps");
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "steps", "expected a list of steps, each item starting with '- kind: ...'");
        }
        if (seq.getValue().isEmpty()) {
            throw error(node, "steps", "the recipe has no steps: at least one is needed");
        }
        List<Node> items = seq.getValue();
        if (bounded && items.size() > InputLimits.RECIPE_STEPS_MAX) {
            throw error(node, "steps", InputLimits.tooMany("steps", InputLimits.RECIPE_STEPS_MAX, items.size()));
        }
        List<RecipeStep> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            steps.add(step(obj(items.get(i), "steps[" + (i + 1) + "]")));
        }
        return steps;
    }

    /** {@code atmosphere: { maxO2: 0.1 ppm, maxH2o: 0.1 ppm }}: both limits, each above 0 and at most 1000 ppm. */
    private AtmosphereLimits atmosphere(RecipeSection o) {
        o.allowOnly("maxO2", "maxH2o");
        return new AtmosphereLimits(ppm(o, "maxO2"), ppm(o, "maxH2o"));
    }

    private double ppm(RecipeSection o, String key) {
        double v = o.quantity(key, "0.1 ppm", Quantity.Sign.POSITIVE, "ppm").value();
        if (v > AtmosphereLimits.MAX_PPM) {
            throw error(o.node(key), o.key(key), "at most 1000 ppm (a glovebox analyser's range), got " + InputLimits.excerpt(o.text(key)));
        }
        return v;
    }

    private RecipeStep step(RecipeSection o) {
        String kindText = o.text("kind");
        StepKind kind = Stream.of(StepKind.values()).filter(k -> k.name().equals(kindText)).findFirst()
                .orElseThrow(() -> error(o.node("kind"), o.key("kind"), "unknown step kind " + InputLimits.excerpt(kindText) + ", expected one of "
                        + Stream.of(StepKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
        switch (kind) {
            case CHECK -> {
                o.allowOnly("kind", "title", "items", "atmosphere");
                Optional<AtmosphereLimits> atmosphere = o.has("atmosphere") ? Optional.of(atmosphere(o.obj("atmosphere"))) : Optional.empty();
                return new Check(o.title(), o.textList("items"), atmosphere);
            }
            case SCAN -> {
                o.allowOnly("kind", "title", "target");
                String t = o.text("target");
                ScanTarget target = Stream.of(ScanTarget.values()).filter(s -> s.name().equals(t)).findFirst()
                        .orElseThrow(() -> error(o.node("target"), o.key("target"), "unknown scan target " + InputLimits.excerpt(t) + ", expected one of "
                                + Stream.of(ScanTarget.values()).map(Enum::name).collect(Collectors.joining(", "))));
                return new Scan(o.title(), target);
            }
            case LOAD_LAYER -> {
                o.allowOnly("kind", "title", "layer", "material", "mass", "tolerance", "secondPersonCheck");
                String title = o.title();
                String layer = o.bounded("layer", InputLimits.LAYER_NAME);
                String material = o.bounded("material", InputLimits.MATERIAL);
                Mass mass = Mass.milligrams(o.quantity("mass", "60 mg", Quantity.Sign.POSITIVE, "mg").value());
                Mass tolerance = Mass.milligrams(o.quantity("tolerance", "2 mg", Quantity.Sign.NOT_NEGATIVE, "mg").value());
                boolean second = o.has("secondPersonCheck") && o.bool("secondPersonCheck");
                return new LoadLayer(title, layer, material, mass, tolerance, second);
            }
            case PRESS -> {
                o.allowOnly("kind", "title", "pressure", "ramp", "hold", "band", "maxDecay", "platen", "platenBand", "minRelativeDensity");
                String title = o.title();
                Pressure target = Pressure.megaPascals(o.quantity("pressure", "360 MPa", Quantity.Sign.POSITIVE, "MPa").value());
                PressureRate ramp = PressureRate.megaPascalsPerSecond(o.quantity("ramp", "10 MPa/s", Quantity.Sign.POSITIVE, "MPa/s").value());
                Duration hold = o.duration("hold");
                Pressure band = Pressure.megaPascals(o.quantity("band", "10 MPa", Quantity.Sign.NOT_NEGATIVE, "MPa").value());
                double decay = o.quantity("maxDecay", "5 %", Quantity.Sign.NOT_NEGATIVE, "%").value();
                Optional<Temperature> platen = o.has("platen") ? Optional.of(celsius(o, "platen", "120 degC", Quantity.Sign.ANY)) : Optional.empty();
                Optional<Temperature> platenBand = o.has("platenBand")
                        ? Optional.of(celsius(o, "platenBand", "5 degC", Quantity.Sign.NOT_NEGATIVE))
                        : Optional.empty();
                OptionalDouble minRelative = o.has("minRelativeDensity")
                        ? OptionalDouble.of(o.quantity("minRelativeDensity", "90 %", Quantity.Sign.POSITIVE, "%").value())
                        : OptionalDouble.empty();
                return new Press(title, target, ramp, hold, band, decay, platen, platenBand, minRelative);
            }
            case HEAT -> {
                o.allowOnly("kind", "title", "setpoint", "ramp", "band", "soak");
                String title = o.title();
                Temperature setpoint = celsius(o, "setpoint", "150 degC", Quantity.Sign.ANY);
                double ramp = o.quantity("ramp", "10 degC/min", Quantity.Sign.POSITIVE, "degC/min", "°C/min").value();
                Temperature band = celsius(o, "band", "3 degC", Quantity.Sign.NOT_NEGATIVE);
                return new Heat(title, setpoint, ramp, band, o.duration("soak"));
            }
            case COOL -> {
                o.allowOnly("kind", "title", "releaseBelow", "underLoad");
                String title = o.title();
                Temperature below = celsius(o, "releaseBelow", "60 degC", Quantity.Sign.ANY);
                return new Cool(title, below, o.bool("underLoad"));
            }
            case RELEASE -> {
                o.allowOnly("kind", "title");
                return new Release(o.title());
            }
            case EJECT -> {
                o.allowOnly("kind", "title");
                return new Eject(o.title());
            }
            case INSPECT -> {
                o.allowOnly("kind", "title", "questions");
                return new Inspect(o.title(), o.textList("questions"));
            }
            case LOAD_VESSEL -> {
                o.allowOnly("kind", "title", "items");
                return new RecipeStep.LoadVessel(o.title(), o.textList("items"));
            }
            case PRESSURISE -> {
                o.allowOnly("kind", "title", "pressure", "rate", "hold", "band", "temperature", "temperatureBand", "soak");
                String title = o.title();
                Pressure target = Pressure.megaPascals(o.quantity("pressure", "300 MPa", Quantity.Sign.POSITIVE, "MPa").value());
                PressureRate rate = PressureRate.megaPascalsPerSecond(o.quantity("rate", "2 MPa/s", Quantity.Sign.POSITIVE, "MPa/s").value());
                Duration hold = o.duration("hold");
                Pressure band = Pressure.megaPascals(o.quantity("band", "5 MPa", Quantity.Sign.NOT_NEGATIVE, "MPa").value());
                Optional<Temperature> temperature = o.has("temperature") ? Optional.of(celsius(o, "temperature", "80 degC", Quantity.Sign.ANY)) : Optional.empty();
                Optional<Temperature> temperatureBand = o.has("temperatureBand")
                        ? Optional.of(celsius(o, "temperatureBand", "5 degC", Quantity.Sign.NOT_NEGATIVE))
                        : Optional.empty();
                Duration soak = o.has("soak") ? o.duration("soak") : Duration.ZERO;
                return new RecipeStep.Pressurise(title, target, rate, hold, band, temperature, temperatureBand, soak);
            }
            case DEPRESSURISE -> {
                o.allowOnly("kind", "title", "maxRate");
                String title = o.title();
                return new RecipeStep.Depressurise(title, PressureRate.megaPascalsPerSecond(o.quantity("maxRate", "2 MPa/s", Quantity.Sign.POSITIVE, "MPa/s").value()));
            }
            default -> throw new IllegalStateException("unhandled step kind " + kind);
        }
    }

    private static Temperature celsius(RecipeSection o, String key, String example, Quantity.Sign sign) {
        return Temperature.celsius(o.quantity(key, example, sign, "degC", "°C").value());
    }

    private RecipeFileException error(Node node, String key, String problem) {
        return (RecipeFileException) problems.at(node, key, problem);
    }

    private RecipeSection obj(Node node, String path) {
        return new RecipeSection(node, path, problems, bounded);
    }
}

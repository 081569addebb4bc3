package org.layerpress.application.recipes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.files.PressSectionReader;
import org.layerpress.application.files.Quantity;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Recipe files in the format {@value #FORMAT} (docs/recipe-format.md): YAML, or the same tree as
 * JSON. Every quantity carries its unit in its value ({@code pressure: 360 MPa}), so a file never
 * depends on a site's display unit and a bare number is refused.
 *
 * <p>Parsing works on the SnakeYAML node tree, like {@code MappingLoader}, so each error names the
 * file, the line and the key ({@code steps[5].pressure}; steps count from 1, as on screen) and says
 * what was expected. Unknown and duplicate keys are errors. Parsing builds a definition or fails; it
 * does not run the {@code RecipeValidator} (the use case does, and reports violations by step).
 *
 * <p>Writing keeps numbers exact: each is written in the shortest decimal form that reads back as
 * the same {@code double}, so {@code parse(toYaml(d))} and {@code parse(toJson(d))} equal {@code d}.
 */
public final class YamlRecipeFiles implements RecipeFiles {

    /** The format name and version every recipe file starts with. */
    public static final String FORMAT = "layerpress-recipe/1";

    private static final String ROOT = YamlSection.ROOT;

    /** How a refusal names a recipe file. */
    static final String FILE_KIND = "a recipe file";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toYaml(RecipeDefinition definition) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options).dump(tree(definition));
    }

    @Override
    public String toJson(RecipeDefinition definition) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(tree(definition)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of maps, lists, strings and booleans always serialises", e);
        }
    }

    @Override
    public RecipeDefinition parse(String fileName, String text) throws RecipeFileException {
        return new Reader(fileName, true).parse(text);
    }

    @Override
    public RecipeDefinition parse(Path file) throws RecipeFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = DataFiles.read(file, FILE_KIND, InputLimits.RECIPE_FILE_MAX_BYTES,
                (line, key, problem) -> new RecipeFileException(name, line, key, problem));
        return new Reader(name, true).parse(text);
    }

    @Override
    public RecipeDefinition parseStored(String where, String text) throws RecipeFileException {
        return new Reader(where, false).parse(text);
    }

    // ---------------------------------------------------------------- writing

    private static Map<String, Object> tree(RecipeDefinition d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("name", d.name());
        root.put("purpose", d.purpose());
        Map<String, Object> die = new LinkedHashMap<>();
        die.put("bore", num(d.die().bore().millimetres()) + " mm");
        die.put("rating", force(d.die().rating()));
        root.put("die", die);
        Map<String, Object> press = new LinkedHashMap<>();
        press.put("model", d.press().model());
        press.put("capacity", force(d.press().capacity()));
        press.put("maxRampRate", num(d.press().maxRampKiloNewtonsPerSecond()) + " kN/s");
        press.put("capabilities", Stream.of(PressCapability.values()).filter(d.press()::has).map(PressCapability::key).toList());
        root.put("press", press);
        root.put("steps", d.steps().stream().map(YamlRecipeFiles::step).toList());
        return root;
    }

    private static Map<String, Object> step(RecipeStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        m.put("title", s.title());
        if (s instanceof Check c) {
            m.put("items", c.items());
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
        } else if (s instanceof Inspect in) {
            m.put("questions", in.questions());
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

    // ---------------------------------------------------------------- reading

    /** One parse of one file. */
    private static final class Reader {

        private final String file;
        private final YamlSection.Problems problems;
        /**
         * Whether the input limits apply: to a file being imported, yes; to a recipe's text as stored
         * (a version, a batch's control recipe), no, so a record written before a limit existed is
         * still read as it was. The YAML parser's own limits apply to both.
         */
        private final boolean bounded;

        Reader(String file, boolean bounded) {
            this.file = file;
            this.bounded = bounded;
            this.problems = (line, key, problem) -> new RecipeFileException(file, line, key, problem);
        }

        RecipeDefinition parse(String text) {
            if (bounded) {
                DataFiles.requireSize(text, FILE_KIND, InputLimits.RECIPE_FILE_MAX_BYTES, problems);
            }
            Node root = DataFiles.compose(text, problems, problem -> "not valid YAML or JSON: " + problem);
            if (root == null) {
                throw new RecipeFileException(file, 1, ROOT, "the file is empty; a recipe file starts with 'format: " + FORMAT + "'");
            }
            Obj top = obj(root, ROOT);
            if (!top.has("format")) {
                throw error(root, "format", "missing: a recipe file starts with 'format: " + FORMAT + "'");
            }
            String format = top.text("format");
            if (!format.equals(FORMAT)) {
                throw error(top.node("format"), "format", "unsupported format " + InputLimits.excerpt(format) + ": this LayerPress reads " + FORMAT);
            }
            top.allowOnly("format", "name", "purpose", "die", "press", "steps");
            String name = bounded ? top.text("name", InputLimits.RECIPE_NAME) : top.text("name");
            String purpose = !top.has("purpose") ? "" : bounded ? top.text("purpose", InputLimits.RECIPE_PURPOSE) : top.text("purpose");
            DieSpec die = die(top.obj("die"));
            PressProfile press = PressSectionReader.read(top.obj("press"));
            List<RecipeStep> steps = steps(top);
            return new RecipeDefinition(name, purpose, die, press, steps);
        }

        private DieSpec die(Obj o) {
            o.allowOnly("bore", "rating");
            Quantity bore = o.quantity("bore", "10 mm", Quantity.Sign.POSITIVE, "mm");
            Force rating = o.force("rating", "10 tf");
            return new DieSpec(Length.millimetres(bore.value()), rating);
        }

        private List<RecipeStep> steps(Obj top) {
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

        private RecipeStep step(Obj o) {
            String kindText = o.text("kind");
            StepKind kind = Stream.of(StepKind.values()).filter(k -> k.name().equals(kindText)).findFirst()
                    .orElseThrow(() -> error(o.node("kind"), o.key("kind"), "unknown step kind " + InputLimits.excerpt(kindText) + ", expected one of "
                            + Stream.of(StepKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
            switch (kind) {
                case CHECK -> {
                    o.allowOnly("kind", "title", "items");
                    return new Check(o.title(), o.textList("items"));
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
                    o.allowOnly("kind", "title", "pressure", "ramp", "hold", "band", "maxDecay", "platen");
                    String title = o.title();
                    Pressure target = Pressure.megaPascals(o.quantity("pressure", "360 MPa", Quantity.Sign.POSITIVE, "MPa").value());
                    PressureRate ramp = PressureRate.megaPascalsPerSecond(o.quantity("ramp", "10 MPa/s", Quantity.Sign.POSITIVE, "MPa/s").value());
                    Duration hold = o.duration("hold");
                    Pressure band = Pressure.megaPascals(o.quantity("band", "10 MPa", Quantity.Sign.NOT_NEGATIVE, "MPa").value());
                    double decay = o.quantity("maxDecay", "5 %", Quantity.Sign.NOT_NEGATIVE, "%").value();
                    Optional<Temperature> platen = o.has("platen")
                            ? Optional.of(Temperature.celsius(o.quantity("platen", "120 degC", Quantity.Sign.ANY, "degC", "°C").value()))
                            : Optional.empty();
                    return new Press(title, target, ramp, hold, band, decay, platen);
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
                default -> throw new IllegalStateException("unhandled step kind " + kind);
            }
        }

        private RecipeFileException error(Node node, String key, String problem) {
            return (RecipeFileException) problems.at(node, key, problem);
        }

        private Obj obj(Node node, String path) {
            return new Obj(node, path);
        }

        /** A recipe file's section: the shared YAML reading plus the recipe's value types (units, durations). */
        private final class Obj extends YamlSection {

            Obj(Node node, String path) {
                super(node, path, Reader.this.problems);
            }

            @Override
            protected Obj child(Node node, String childPath) {
                return new Obj(node, childPath);
            }

            Obj obj(String k) {
                return (Obj) section(k);
            }

            /** A list of texts: within the limits when bounded, its length checked before any item is read. */
            List<String> textList(String k) {
                List<ScalarNode> nodes = scalarList(k, "[\"first\", \"second\"]");
                if (bounded && nodes.size() > InputLimits.STEP_ITEMS_MAX) {
                    throw error(node(k), key(k), InputLimits.tooMany("entries", InputLimits.STEP_ITEMS_MAX, nodes.size()));
                }
                return nodes.stream().map(s -> {
                    String v = scalarText(s, key(k));
                    return bounded ? within(s, key(k), v, InputLimits.CHECK_ITEM) : v;
                }).toList();
            }

            String title() {
                return bounded("title", InputLimits.STEP_TITLE);
            }

            String bounded(String k, InputLimits.TextLimit limit) {
                return bounded ? text(k, limit) : text(k);
            }

            boolean bool(String k) {
                String v = text(k).trim();
                if (v.equals("true")) {
                    return true;
                }
                if (v.equals("false")) {
                    return false;
                }
                throw error(node(k), key(k), "expected true or false, got " + InputLimits.excerpt(v));
            }

            Duration duration(String k) {
                Quantity q = quantity(k, "120 s", Quantity.Sign.NOT_NEGATIVE, "s", "min");
                BigDecimal seconds = new BigDecimal(q.number());
                if (q.unit().equals("min")) {
                    seconds = seconds.multiply(BigDecimal.valueOf(60));
                }
                seconds = seconds.stripTrailingZeros();
                if (seconds.scale() > 9) {
                    throw error(q.node(), q.key(), "at most nanosecond precision (9 decimals of a second), got " + InputLimits.excerpt(text(k).trim()));
                }
                try {
                    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
                    int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
                    return Duration.ofSeconds(whole.longValueExact(), nanos);
                } catch (ArithmeticException e) {
                    throw error(q.node(), q.key(), "too long a duration: " + InputLimits.excerpt(text(k).trim()));
                }
            }
        }
    }
}

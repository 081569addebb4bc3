package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;

/** The recipe file format of docs/recipe-format.md: exact round trips, and errors naming file, line and key. */
class YamlRecipeFilesTest {

    static final PressProfile PRESS_30T = new PressProfile("30 t press", Force.of(30, ForceUnit.TONNE_FORCE), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));

    final YamlRecipeFiles files = new YamlRecipeFiles();

    /** Line numbers in the comments are what the error tests assert. */
    static final String MINIMAL = """
            format: layerpress-recipe/1
            name: test
            die:
              bore: 10 mm
              rating: 10 tf
            press:
              model: 30 t press
              capacity: 30 tf
              maxRampRate: 20 kN/s
            steps:
              - kind: LOAD_LAYER
                title: load
                layer: electrolyte
                material: Li6PS5Cl
                mass: 60 mg
                tolerance: 2 mg
              - kind: PRESS
                title: press
                pressure: 360 MPa
                ramp: 10 MPa/s
                hold: 2 min
                band: 10 MPa
                maxDecay: 5 %
              - kind: RELEASE
                title: release
              - kind: EJECT
                title: eject
            """;
    // line 1 format, 4 bore, 10 steps, 11 first item, 15 mass, 17 second item (PRESS), 19 pressure, 20 ramp, 21 hold, 22 band

    RecipeFileException refused(String text) {
        return assertThrows(RecipeFileException.class, () -> files.parse("bad.yaml", text));
    }

    static String edit(String from, String to) {
        assertTrue(MINIMAL.contains(from), from);
        return MINIMAL.replace(from, to);
    }

    static void assertAt(RecipeFileException e, int line, String key, String... inMessage) {
        assertEquals("bad.yaml", e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ": " + key + ": "), e.getMessage());
        for (String part : inMessage) {
            assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------ round trips

    @Test
    void bothDemoRecipesReadBackEqualFromYaml() {
        for (RecipeDefinition d : DemoRecipes.all(PRESS_30T)) {
            assertEquals(d, files.parse("demo.yaml", files.toYaml(d)), d.name());
        }
    }

    @Test
    void bothDemoRecipesReadBackEqualFromJson() {
        for (RecipeDefinition d : DemoRecipes.all(PRESS_30T)) {
            String json = files.toJson(d);
            assertTrue(json.startsWith("{"), json);
            assertEquals(d, files.parse("demo.json", json), d.name());
        }
    }

    @Test
    void awkwardNumbersTextsAndAHeatedStepRoundTripExactly() {
        PressProfile press = new PressProfile("odd: press # 1", Force.kiloNewtons(100 * (0.1 + 0.2)), 1.0 / 3,
                EnumSet.of(PressCapability.HEATED_PLATENS));
        DieSpec die = new DieSpec(Length.millimetres(10.5), Force.of(7.25, ForceUnit.US_TON_FORCE));
        RecipeDefinition d = new RecipeDefinition("null", "line one\nline two: 'quoted' \"and\" ünïcode °C", die, press, List.of(
                new Check("", List.of("yes", "~", "- dash", "100")),
                new LoadLayer("load", "true", "1e3", Mass.milligrams(1e-7), Mass.milligrams(0), true),
                new Press("hot", Pressure.megaPascals(123456789.123), PressureRate.megaPascalsPerSecond(2.5e-5),
                        Duration.ofSeconds(90, 123_456_789), Pressure.megaPascals(0), 0.1, Optional.of(Temperature.celsius(-12.5))),
                new Release("r"), new Eject("e")));
        assertEquals(d, files.parse("odd.yaml", files.toYaml(d)));
        assertEquals(d, files.parse("odd.json", files.toJson(d)));
    }

    @Test
    void forcesAreWrittenInTheUnitThatReadsBackExactlyWithTheFewestDigits() {
        assertEquals("10 tf", RecipeFileWriter.force(Force.of(10, ForceUnit.TONNE_FORCE)));
        assertEquals("7.25 ustf", RecipeFileWriter.force(Force.of(7.25, ForceUnit.US_TON_FORCE)));
        assertEquals("200 kN", RecipeFileWriter.force(Force.kiloNewtons(200)));
        assertTrue(files.toYaml(DemoRecipes.bilayer10mm(PRESS_30T)).contains("    pressure: 360 MPa\n    ramp: 10 MPa/s\n    hold: 120 s\n"));
    }

    @Test
    void theExampleInTheFormatDocumentIsExactlyTheExportedTenMillimetreDemo() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/recipe-format.md"));
        int start = doc.lastIndexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        RecipeDefinition demo = DemoRecipes.bilayer10mm(PRESS_30T);
        assertEquals(files.toYaml(demo), example);
        assertEquals(demo, files.parse("recipe-format.md", example));
    }

    @Test
    void aMinimalHandWrittenFileParsesWithDefaultsAndMinutes() {
        RecipeDefinition d = files.parse("min.yaml", MINIMAL);
        assertEquals("", d.purpose());
        assertEquals(Set.of(), d.press().capabilities());
        assertEquals(Force.of(30, ForceUnit.TONNE_FORCE), d.press().capacity());
        LoadLayer load = (LoadLayer) d.steps().get(0);
        assertEquals(false, load.secondPersonCheck());
        Press press = (Press) d.steps().get(1);
        assertEquals(Duration.ofMinutes(2), press.hold());
        assertEquals(Pressure.megaPascals(360), press.target());
        assertEquals(Optional.empty(), press.platen());
        List<RecipeStep> steps = d.steps();
        assertEquals(4, steps.size());
    }

    // ------------------------------------------------------------ errors

    @Test
    void aBarePressureNumberIsRefusedNamingMegapascals() {
        assertAt(refused(edit("pressure: 360 MPa", "pressure: 360")), 19, "steps[2].pressure", "MPa", "bare number '360'");
    }

    @Test
    void aBareNumberInJsonIsRefusedAtItsLine() {
        String json = files.toJson(DemoRecipes.bilayer10mm(PRESS_30T));
        List<String> lines = json.lines().toList();
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"tolerance\" : \"2 mg\"")) {
                line = i + 1;
                break;
            }
        }
        assertTrue(line > 0);
        RecipeFileException e = assertThrows(RecipeFileException.class,
                () -> files.parse("bad.yaml", json.replace("\"tolerance\" : \"2 mg\"", "\"tolerance\" : 2")));
        assertAt(e, line, "steps[4].tolerance", "mg");
    }

    @Test
    void aWrongUnitIsRefusedNamingTheExpectedOne() {
        assertAt(refused(edit("pressure: 360 MPa", "pressure: 28 kN")), 19, "steps[2].pressure", "wrong unit 'kN'", "MPa");
        assertAt(refused(edit("ramp: 10 MPa/s", "ramp: 10 MPa")), 20, "steps[2].ramp", "MPa/s");
        assertAt(refused(edit("hold: 2 min", "hold: 2 h")), 21, "steps[2].hold", "s or min");
        assertAt(refused(edit("rating: 10 tf", "rating: 10 t")), 5, "die.rating", "kN or tf or ustf");
        assertAt(refused(edit("maxRampRate: 20 kN/s", "maxRampRate: 20")), 9, "press.maxRampRate", "kN/s");
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        assertAt(refused(edit("mass: 60 mg", "mass: sixty mg")), 15, "steps[1].mass", "expected a number followed by mg", "'sixty mg'");
    }

    @Test
    void negativeOrZeroValuesAreRefusedWherePositiveIsNeeded() {
        assertAt(refused(edit("bore: 10 mm", "bore: 0 mm")), 4, "die.bore", "must be above 0");
        assertAt(refused(edit("pressure: 360 MPa", "pressure: -360 MPa")), 19, "steps[2].pressure", "must be above 0");
        assertAt(refused(edit("band: 10 MPa", "band: -1 MPa")), 22, "steps[2].band", "must not be negative");
    }

    @Test
    void anUnknownStepKindIsRefusedListingTheKinds() {
        assertAt(refused(edit("kind: PRESS", "kind: SQUEEZE")), 17, "steps[2].kind", "unknown step kind 'SQUEEZE'", "PRESS", "LOAD_LAYER");
    }

    @Test
    void anUnknownKeyIsRefusedAtItsLine() {
        assertAt(refused(edit("    pressure: 360 MPa\n", "    pressure: 360 MPa\n    presure: 1 MPa\n")), 20, "steps[2].presure", "unknown key");
        assertAt(refused(edit("name: test\n", "name: test\ncolour: blue\n")), 3, "colour", "unknown key");
    }

    @Test
    void aMissingKeyIsReportedAtTheSectionThatLacksIt() {
        assertAt(refused(edit("    ramp: 10 MPa/s\n", "")), 17, "steps[2].ramp", "missing");
        assertAt(refused(edit("  rating: 10 tf\n", "")), 4, "die.rating", "missing");
    }

    @Test
    void aRecipeWithoutStepsIsRefused() {
        String noSteps = MINIMAL.substring(0, MINIMAL.indexOf("steps:")) + "steps: []\n";
        assertAt(refused(noSteps), 10, "steps", "no steps");
    }

    @Test
    void anotherFormatVersionOrNoneIsRefused() {
        assertAt(refused(edit("format: layerpress-recipe/1", "format: layerpress-recipe/2")), 1, "format",
                "unsupported format 'layerpress-recipe/2'", "layerpress-recipe/1");
        assertAt(refused(edit("format: layerpress-recipe/1\n", "")), 1, "format", "missing");
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsSecondOccurrence() {
        assertAt(refused(edit("    pressure: 360 MPa\n", "    pressure: 360 MPa\n    pressure: 400 MPa\n")), 20, "steps[2].pressure",
                "duplicate key 'pressure'", "first on line 19");
    }

    @Test
    void brokenYamlIsRefusedAtTheLineOfTheProblem() {
        assertAt(refused(edit("    band: 10 MPa\n", "    band: [10 MPa\n")), 23, "(yaml)", "not valid YAML or JSON");
        assertAt(refused("{\"format\": \"layerpress-recipe/1\",\n \"name\": \"x\"\n \"die\": {}}\n"), 3, "(yaml)", "not valid YAML or JSON");
    }

    @Test
    void anEmptyFileOrAListIsNotARecipe() {
        assertAt(refused(""), 1, "(root)", "empty");
        assertAt(refused("- a\n- b\n"), 1, "(root)", "expected a section");
    }

    @Test
    void aBooleanMustBeTrueOrFalse() {
        assertAt(refused(edit("    tolerance: 2 mg\n", "    tolerance: 2 mg\n    secondPersonCheck: yes please\n")), 17,
                "steps[1].secondPersonCheck", "expected true or false");
    }
}

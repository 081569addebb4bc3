package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.users.Session;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeLimits;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.testing.TestStation;

/**
 * Recipe files and recipes within the input limits: the file's size checked before it is parsed,
 * the YAML parser's alias and nesting limits, and every text and count of a recipe at, just over
 * and far over its limit. A refused import writes nothing.
 */
class RecipeFileLimitsTest {

    @TempDir
    Path dir;
    TestStation station;
    RecipeServices recipes;
    Session sam;
    final YamlRecipeFiles files = new YamlRecipeFiles();
    final RecipeDefinition demo = DemoRecipes.bilayer10mm(RecipeLifecycleTest.SIM_PRESS);

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        recipes = station.recipes();
        sam = station.loginAs("sam", "333333");
    }

    /** The demo recipe's file text, padded with a YAML comment to exactly {@code bytes}. */
    private String paddedTo(int bytes) {
        String yaml = files.toYaml(demo);
        int room = bytes - yaml.getBytes(StandardCharsets.UTF_8).length - 3;
        return yaml + "# " + "p".repeat(room) + "\n";
    }

    private void assertNothingImported(long auditBefore) {
        assertEquals(auditBefore, station.auditTotal(), "no audit row");
        assertTrue(recipes.queries().latestOfEach(sam).isEmpty(), "no recipe stored");
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsImported() throws IOException {
        Path file = dir.resolve("at-limit.yaml");
        Files.writeString(file, paddedTo(InputLimits.RECIPE_FILE_MAX_BYTES));
        assertEquals(InputLimits.RECIPE_FILE_MAX_BYTES, Files.size(file));
        assertEquals(demo, recipes.authoring().importFile(sam, file).definition());
    }

    @Test
    void aFileOneByteOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("one-over.yaml");
        Files.writeString(file, paddedTo(InputLimits.RECIPE_FILE_MAX_BYTES + 1));
        long auditBefore = station.auditTotal();
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> recipes.authoring().importFile(sam, file));
        assertEquals("one-over.yaml", e.file());
        assertEquals(DataFiles.FILE_KEY, e.key());
        assertTrue(e.getMessage().contains("at most 262,144 bytes (256 KiB), this one has 262,145 bytes; it was not read"), e.getMessage());
        assertNothingImported(auditBefore);
    }

    @Test
    void aTenMegabyteFileIsRefusedByItsSizeBeforeAnyOfItIsParsed() throws IOException {
        // A huge purpose: valid YAML all the way, so only the size limit can refuse it.
        Path file = dir.resolve("huge.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(files.toYaml(demo).replaceFirst("purpose: .*", "purpose: ").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 160; i++) {
                out.write(chunk);
            }
        }
        assertTrue(Files.size(file) > 10_000_000);
        long auditBefore = station.auditTotal();
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> recipes.authoring().importFile(sam, file));
        assertEquals(DataFiles.FILE_KEY, e.key(), "refused as a file, not at a line: the parser never saw it: " + e.getMessage());
        assertTrue(e.getMessage().contains("at most 262,144 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("it was not read"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertNothingImported(auditBefore);
    }

    @Test
    void aTenMegabyteTextAlreadyReadIsRefusedByItsSizeBeforeItIsParsed() {
        String huge = files.toYaml(demo).replaceFirst("purpose: .*", "purpose: " + "x".repeat(10 * 1024 * 1024));
        long auditBefore = station.auditTotal();
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> recipes.authoring().importFile(sam, "huge.yaml", huge));
        assertEquals(DataFiles.FILE_KEY, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("at most 262,144 bytes"), e.getMessage());
        assertNothingImported(auditBefore);
    }

    @Test
    void aStreamIsReadNoFurtherThanOneBytePastTheLimit() {
        long[] served = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> DataFiles.read("endless.yaml", endless, "a recipe file",
                InputLimits.RECIPE_FILE_MAX_BYTES, (line, key, problem) -> new RecipeFileException("endless.yaml", line, key, problem)));
        assertEquals(InputLimits.RECIPE_FILE_MAX_BYTES + 1, served[0]);
        assertTrue(e.getMessage().contains("this one has more; it was read no further"), e.getMessage());
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedWhileItIsComposed() {
        StringBuilder bomb = new StringBuilder("format: layerpress-recipe/1\nname: laughs\n");
        bomb.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", Collections.nCopies(9, "*" + p))).append("]\n");
        }
        long auditBefore = station.auditTotal();
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> recipes.authoring().importFile(sam, "laughs.yaml", bomb.toString()));
        assertEquals(DataFiles.YAML_KEY, e.key());
        assertTrue(e.getMessage().contains("too many aliases") && e.getMessage().contains("at most " + InputLimits.YAML_COLLECTION_ALIASES_MAX),
                e.getMessage());
        assertNothingImported(auditBefore);
    }

    @Test
    void aFewAliasesOfASectionStillRead() {
        String yaml = files.toYaml(demo).replaceFirst("press:\n", "press: &p\n");
        assertEquals(demo, files.parse("anchors.yaml", yaml));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "format: layerpress-recipe/1\nname: deep\npurpose: " + "[".repeat(InputLimits.YAML_NESTING_MAX + 5)
                + "]".repeat(InputLimits.YAML_NESTING_MAX + 5) + "\n";
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> files.parse("deep.yaml", deep));
        assertTrue(e.getMessage().contains("nested too deep: lists and sections may nest at most " + InputLimits.YAML_NESTING_MAX), e.getMessage());
    }

    @Test
    void aNameAtItsLimitReadsAndOneOverIsRefusedAtItsLineAndKey() {
        String at = "N".repeat(InputLimits.RECIPE_NAME.maxChars());
        String yaml = files.toYaml(demo).replaceFirst("name: .*", "name: " + at);
        assertEquals(at, files.parse("at.yaml", yaml).name());

        RecipeFileException over = assertThrows(RecipeFileException.class,
                () -> files.parse("over.yaml", files.toYaml(demo).replaceFirst("name: .*", "name: " + at + "N")));
        assertEquals("name", over.key());
        assertEquals(2, over.line());
        assertTrue(over.getMessage().contains("A recipe name is too long: at most 80 characters, this one has 81"), over.getMessage());

        RecipeFileException far = assertThrows(RecipeFileException.class,
                () -> files.parse("far.yaml", files.toYaml(demo).replaceFirst("name: .*", "name: " + "N".repeat(200_000))));
        assertTrue(far.getMessage().length() < 300, far.getMessage());
    }

    @Test
    void aStepTitleAChecklistItemALayerAndAPurposeOverTheirLimitsAreRefusedWhereTheyStand() {
        String yaml = files.toYaml(demo);
        RecipeFileException title = assertThrows(RecipeFileException.class,
                () -> files.parse("t.yaml", yaml.replaceFirst("title: .*", "title: " + "t".repeat(InputLimits.STEP_TITLE.maxChars() + 1))));
        assertEquals("steps[1].title", title.key(), title.getMessage());

        RecipeFileException layer = assertThrows(RecipeFileException.class,
                () -> files.parse("l.yaml", yaml.replaceFirst("layer: .*", "layer: " + "l".repeat(InputLimits.LAYER_NAME.maxChars() + 1))));
        assertTrue(layer.key().endsWith(".layer"), layer.getMessage());

        String purposeAt = "p".repeat(InputLimits.RECIPE_PURPOSE.maxChars());
        assertEquals(purposeAt, files.parse("p.yaml", yaml.replaceFirst("purpose: .*", "purpose: " + purposeAt)).purpose());
        RecipeFileException purpose = assertThrows(RecipeFileException.class,
                () -> files.parse("p.yaml", yaml.replaceFirst("purpose: .*", "purpose: " + purposeAt + "p")));
        assertEquals("purpose", purpose.key());

        RecipeFileException control = assertThrows(RecipeFileException.class,
                () -> files.parse("c.yaml", yaml.replaceFirst("title: .*", java.util.regex.Matcher.quoteReplacement("title: \"Prepare\\e[31m\""))));
        assertTrue(control.getMessage().contains("ESC, U+001B"), control.getMessage());
    }

    @Test
    void stepsAndChecklistEntriesAreCountedBeforeTheyAreRead() {
        String at = recipeWithCheckItems(InputLimits.STEP_ITEMS_MAX);
        assertEquals(InputLimits.STEP_ITEMS_MAX, ((RecipeStep.Check) files.parse("at.yaml", at).steps().get(0)).items().size());
        RecipeFileException over = assertThrows(RecipeFileException.class, () -> files.parse("over.yaml", recipeWithCheckItems(InputLimits.STEP_ITEMS_MAX + 1)));
        assertTrue(over.getMessage().contains("too many entries: at most 20, this one has 21"), over.getMessage());
        // Aliases of one long item cost three bytes each in the file: counted, never expanded.
        String item = "i".repeat(InputLimits.CHECK_ITEM.maxChars());
        String many = files.toYaml(demo).replaceFirst("purpose: .*", "purpose: &long " + item)
                .replaceFirst("(?s)(- kind: CHECK\n\\s+title: [^\n]*\n\\s+items:).*?(\n\\s+- kind:)",
                        "$1 [" + String.join(",", Collections.nCopies(40_000, "*long")) + "]$2");
        RecipeFileException far = assertThrows(RecipeFileException.class, () -> files.parse("many.yaml", many));
        assertTrue(far.getMessage().contains("this one has 40,000"), far.getMessage());

        RecipeFileException steps = assertThrows(RecipeFileException.class, () -> files.parse("steps.yaml", recipeWithSteps(InputLimits.RECIPE_STEPS_MAX + 1)));
        assertEquals("steps", steps.key());
        assertTrue(steps.getMessage().contains("too many steps: at most 100, this one has 101"), steps.getMessage());
        assertEquals(InputLimits.RECIPE_STEPS_MAX, files.parse("steps.yaml", recipeWithSteps(InputLimits.RECIPE_STEPS_MAX)).steps().size());
    }

    private String recipeWithCheckItems(int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("item " + i);
        }
        List<RecipeStep> steps = new ArrayList<>(demo.steps());
        steps.set(0, new RecipeStep.Check("Prepare", items));
        return files.toYaml(demo.withSteps(steps));
    }

    private String recipeWithSteps(int n) {
        List<RecipeStep> steps = new ArrayList<>(demo.steps());
        while (steps.size() < n) {
            steps.add(0, new RecipeStep.Check("Prepare " + steps.size(), List.of("ok")));
        }
        return files.toYaml(demo.withSteps(steps));
    }

    @Test
    void aDraftFromTheEditorIsHeldToTheSameLimitsAndNothingIsWritten() {
        RecipeDefinition longName = new RecipeDefinition("N".repeat(InputLimits.RECIPE_NAME.maxChars() + 1), demo.purpose(), demo.die(),
                demo.press(), demo.steps());
        long auditBefore = station.auditTotal();
        RecipeInvalidException e = assertThrows(RecipeInvalidException.class, () -> recipes.authoring().createDraft(sam, longName, "new"));
        assertEquals(RecipeLimits.RULE, e.violations().get(0).rule());
        assertTrue(e.getMessage().contains("at most 80 characters"), e.getMessage());
        assertNothingImported(auditBefore);

        RecipeVersion ok = recipes.authoring().createDraft(sam, demo, "new");
        List<RecipeStep> steps = new ArrayList<>(demo.steps());
        steps.set(0, new RecipeStep.Check("Prepare", List.of("i".repeat(InputLimits.CHECK_ITEM.maxChars() + 1))));
        RecipeInvalidException item = assertThrows(RecipeInvalidException.class,
                () -> recipes.authoring().editDraft(sam, ok.id(), demo.withSteps(steps), "longer item"));
        assertEquals(1, item.violations().get(0).step());
        assertEquals(demo, recipes.queries().version(sam, ok.id()).orElseThrow().definition(), "the draft is as it was");
    }

    @Test
    void aReasonOverItsLimitIsRefusedBeforeAnythingIsWritten() {
        RecipeVersion v = recipes.authoring().createDraft(sam, demo, "new");
        long auditBefore = station.auditTotal();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> recipes.authoring().newVersion(sam, v.id(), "r".repeat(InputLimits.REASON.maxChars() + 1)));
        assertTrue(e.getMessage().contains("A reason is too long: at most 500 characters"), e.getMessage());
        assertEquals(auditBefore, station.auditTotal());
        assertEquals(2, recipes.authoring().newVersion(sam, v.id(), "r".repeat(InputLimits.REASON.maxChars())).version());
    }
}

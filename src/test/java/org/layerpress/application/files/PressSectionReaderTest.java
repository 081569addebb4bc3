package org.layerpress.application.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerpress.application.mapping.MappingException;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.recipes.RecipeFileException;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;

/**
 * The {@code press:} section reads alike in a plc-mapping file and in a recipe file: the same text is
 * accepted by both, and the same mistake is refused by both with the same key and the same words.
 */
class PressSectionReaderTest {

    private static final String SECTION = """
            press:
              model: LayerPress simulated 30 t automatic press
              capacity: 30 tf
              maxRampRate: 20 kN/s
              capabilities: [automaticRampHold, heatedPlatens]
            """;

    private static final PressProfile SIM_PRESS = new PressProfile("LayerPress simulated 30 t automatic press",
            Force.of(30, ForceUnit.TONNE_FORCE), 20, Set.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));

    @Test
    void aMappingAndARecipeReadTheSamePressSectionToTheSameProfile() throws IOException {
        assertEquals(SIM_PRESS, mapping(SECTION).press());
        assertEquals(SIM_PRESS, new YamlRecipeFiles().parse("r.yaml", recipe(SECTION)).press());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "capacity: 30 tf|capacity: 30|press.capacity|the unit is mandatory",
        "capacity: 30 tf|capacity: 30 t|press.capacity|wrong unit 't'",
        "capacity: 30 tf|capacity: 0 kN|press.capacity|must be above 0",
        "maxRampRate: 20 kN/s|maxRampRate: 20|press.maxRampRate|kN/s",
        "maxRampRate: 20 kN/s|maxRampRate: fast|press.maxRampRate|expected a number followed by kN/s",
        "model: LayerPress simulated 30 t automatic press|model: ''|press.model|must not be empty",
        "heatedPlatens]|heatedPlatns]|press.capabilities|unknown capability 'heatedPlatns'",
        "maxRampRate: 20 kN/s|maxRampRate: 20 kN/s\\n  maxRamp: 5 kN/s|press.maxRamp|unknown key",
    })
    void aMappingAndARecipeRefuseTheSameMistakeAlike(String good, String bad, String key, String words) throws IOException {
        String section = SECTION.replace(good, bad.replace("\\n", "\n"));
        MappingException inMapping = assertThrows(MappingException.class, () -> mapping(section));
        RecipeFileException inRecipe = assertThrows(RecipeFileException.class, () -> new YamlRecipeFiles().parse("r.yaml", recipe(section)));
        assertEquals(key, inMapping.key());
        assertEquals(key, inRecipe.key());
        assertTrue(inMapping.getMessage().contains(words), inMapping.getMessage());
        assertEquals(problem(inMapping), problem(inRecipe));
    }

    /** The bundled simulator mapping with its press section replaced. */
    private static org.layerpress.application.mapping.PressMapping mapping(String section) throws IOException {
        String text;
        try (InputStream in = MappingLoader.class.getResourceAsStream("/plc-mapping/simulator.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = text.indexOf("press:\n");
        int end = text.indexOf("signals:\n");
        String replaced = text.substring(0, start) + section + text.substring(end);
        return MappingLoader.load("m.yaml", new ByteArrayInputStream(replaced.getBytes(StandardCharsets.UTF_8)));
    }

    /** A demo recipe as a file, with its press section replaced. */
    private static String recipe(String section) {
        String text = new YamlRecipeFiles().toYaml(DemoRecipes.bilayer10mm(SIM_PRESS));
        int start = text.indexOf("press:\n");
        int end = text.indexOf("steps:\n");
        return text.substring(0, start) + section + text.substring(end);
    }

    /** The message after "file:line: key: ", which the two files must word alike. */
    private static String problem(FileProblemException e) {
        String prefix = e.file() + ":" + e.line() + ": " + e.key() + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }
}

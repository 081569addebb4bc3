package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.testing.TestStation;

/** Moving recipes between stations: export, import as DRAFT, and bad files that change nothing. */
class RecipeImportTest {

    @TempDir
    Path dir;
    TestStation station;
    RecipeServices recipes;
    Session sam;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        recipes = station.recipes();
        sam = station.loginAs("sam", "333333");
    }

    @Test
    void anExportedRecipeImportsAsANewDraftVersion() {
        RecipeVersion v1 = recipes.authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeLifecycleTest.SIM_PRESS), "New");
        String yaml = recipes.authoring().exportYaml(v1);
        RecipeVersion imported = recipes.authoring().importFile(sam, "bilayer.yaml", yaml);
        assertEquals(2, imported.version());
        assertEquals(RecipeStatus.DRAFT, imported.status());
        assertEquals(v1.definition(), imported.definition());

        String json = recipes.authoring().exportJson(v1);
        assertEquals(v1.definition(), recipes.authoring().importFile(sam, "bilayer.json", json).definition());
    }

    @Test
    void aBrokenFileNamesLineAndKeyAndChangesNothing() {
        RecipeVersion v1 = recipes.authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeLifecycleTest.SIM_PRESS), "New");
        String yaml = recipes.authoring().exportYaml(v1).replaceFirst("360(\\.0)? MPa", "360");
        long auditBefore = station.auditTotal();
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> recipes.authoring().importFile(sam, "bad.yaml", yaml));
        assertEquals("bad.yaml", e.file());
        assertTrue(e.line() > 1, e.getMessage());
        assertTrue(e.key().contains("pressure"), e.getMessage());
        assertTrue(e.getMessage().contains("MPa"), e.getMessage());
        assertEquals(auditBefore, station.auditTotal());
        assertEquals(1, recipes.queries().versions(sam, v1.recipeId()).size());
    }

    @Test
    void aFileThatBreaksALimitIsRefusedWithItsViolations() {
        String yaml = recipes.authoring().exportYaml(new RecipeVersion(0, 0, 1, RecipeStatus.DRAFT,
                        DemoRecipes.bilayer10mm(RecipeLifecycleTest.SIM_PRESS), "", "", "", java.time.Instant.EPOCH))
                .replaceFirst("360(\\.0)? MPa", "1500 MPa");
        RecipeInvalidException e = assertThrows(RecipeInvalidException.class, () -> recipes.authoring().importFile(sam, "hot.yaml", yaml));
        assertTrue(e.getMessage().contains("die rating"), e.getMessage());
        assertTrue(recipes.queries().latestOfEach(sam).isEmpty());
    }
}

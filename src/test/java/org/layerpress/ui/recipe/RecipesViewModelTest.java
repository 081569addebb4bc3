package org.layerpress.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** Importing recipe files from the station's import folder: good files become drafts, bad ones change nothing. */
class RecipesViewModelTest {

    @TempDir
    Path dir;
    TestStation station;
    Path imports;

    @BeforeEach
    void setUp() throws Exception {
        station = TestStation.builder(dir.resolve("db")).build();
        station.services().seedDemoUsers().run();
        imports = Files.createDirectories(dir.resolve("imports"));
    }

    RecipesViewModel as(String login, String pin) {
        Session s = station.loginAs(login, pin);
        return new RecipesViewModel(station.recipes(), s, UseCaseRunner.inline());
    }

    String demoYaml() {
        Session sam = station.loginAs("sam", "333333");
        RecipeVersion v = station.recipes().authoring().createDraft(sam,
                DemoRecipes.multilayer13mm(org.layerpress.application.mapping.MappingLoader.loadBundled("simulator.yaml").press()), "to export");
        return station.recipes().authoring().exportYaml(v);
    }

    @Test
    void recipeFilesInTheImportFolderAreOffered() throws Exception {
        Files.writeString(imports.resolve("b.yaml"), "x");
        Files.writeString(imports.resolve("a.json"), "x");
        Files.writeString(imports.resolve("notes.txt"), "x");
        assertEquals(List.of("a.json", "b.yaml"), RecipesViewModel.importChoices(imports));
        assertEquals(List.of(), RecipesViewModel.importChoices(dir.resolve("missing")));
    }

    @Test
    void aGoodFileBecomesADraftAndTheListShowsIt() throws Exception {
        Files.writeString(imports.resolve("multilayer.yaml"), demoYaml());
        RecipesViewModel vm = as("sue", "444444");
        vm.importFile(imports.resolve("multilayer.yaml"));
        assertTrue(vm.getMessage().text().contains("as a DRAFT"), vm.getMessage().text());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aBrokenFileNamesItsLineAndKeyAndChangesNothing() throws Exception {
        Files.writeString(imports.resolve("broken.yaml"), demoYaml().replaceFirst("360(\\.0)? MPa", "360"));
        long before = station.auditTotal();
        RecipesViewModel vm = as("sue", "444444");
        vm.importFile(imports.resolve("broken.yaml"));
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertTrue(vm.getMessage().text().contains("broken.yaml:") && vm.getMessage().text().contains("pressure"), vm.getMessage().text());
        assertEquals(before + 1, station.auditTotal(), "only sue's login was recorded");
    }

    @Test
    void onlyRecipeAuthorsMayImport() {
        assertTrue(as("sam", "333333").mayImport());
        assertFalse(as("olga", "111111").mayImport());
    }
}

package org.layerpress.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.CentralRecipeImport;
import org.layerpress.application.recipes.PublishedRecipe;
import org.layerpress.application.recipes.RecipePublishUseCase;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.users.Session;
import org.layerpress.store.central.CentralRecipes;
import org.layerpress.store.central.RecipePull;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.recipe.RecipeDetailViewModel.Action;

/** The recipe page's publication, without a stage: who is offered the key, and what the page says before and after. */
class RecipePublishViewModelTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    TestStation station;
    String url;
    long approved;

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @BeforeEach
    void setUp() {
        url = pg.freshCentral();
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        approved = station.approvedRecipe("Shared bilayer", Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        station.close();
    }

    RecipeServices publishing() {
        return station.recipes().withPublishing(new RecipePublishUseCase(station.stores().recipes(), station.stores().signatures(),
                station.stores().recipeFiles(), station.services(), new CentralRecipes(pg.link(url)), "press-a"));
    }

    RecipeDetailViewModel shown(RecipeServices recipes, Session session) {
        RecipeDetailViewModel vm = new RecipeDetailViewModel(recipes, session, UseCaseRunner.inline());
        vm.load(approved);
        return vm;
    }

    @Test
    void onlyASupervisorOnAStationWithACentralDatabaseIsOfferedTheKey() {
        RecipeDetailViewModel operator = shown(publishing(), station.loginAs("olga", "111111"));
        assertFalse(operator.isCanPublish());
        assertFalse(operator.isPublicationShown());

        RecipeDetailViewModel alone = shown(station.recipes(), station.loginAs("sam", "333333"));
        assertFalse(alone.isCanPublish(), "no central database: nothing to publish to");
        assertFalse(alone.isPublicationShown());

        RecipeDetailViewModel supervisor = shown(publishing(), station.loginAs("sam", "333333"));
        assertTrue(supervisor.isCanPublish());
        assertEquals("Not published to the other stations yet.", supervisor.getPublication());
    }

    @Test
    void aPublishedVersionSaysSoAndIsNotOfferedAgainAndASecondTryIsRefusedByTheUseCase() {
        RecipeDetailViewModel vm = shown(publishing(), station.loginAs("sam", "333333"));
        List<String> refusals = new ArrayList<>();
        boolean[] signed = {false};

        vm.sign(Action.PUBLISH, TestStation.signature("sam", "333333", "Release to every station"), () -> signed[0] = true, refusals::add);

        assertTrue(signed[0], "refused: " + refusals);
        assertFalse(vm.isCanPublish());
        assertEquals("Shared bilayer v1 is published to all stations.", vm.getPublication());
        assertEquals("Shared bilayer v1 is published to all stations: each station offers it once its checks pass.", vm.getMessage().text());

        vm.sign(Action.PUBLISH, TestStation.signature("sam", "333333", "again"), () -> signed[0] = false, refusals::add);
        assertTrue(signed[0]);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("Shared bilayer v1 is published to all stations already"), refusals.get(0));
        assertEquals(1, station.auditCount("RECIPE_PUBLISHED_TO_CENTRAL", "sam"));

        // Another station takes what the screen published, as it takes what `central publish` published.
        try (TestStation b = TestStation.builder(dir.resolve("b")).demoUsers().offlinePress().build();
             RecipePull pull = new RecipePull(pg.link(url), new CentralRecipeImport(b.stores().recipes(), b.stores().recipeFiles(),
                     b.services().auditor(), b.transactions(), b.clock(), "central-test"), Duration.ofHours(1))) {
            assertTrue(pull.pullOnce());
            assertEquals(1, b.auditCount("RECIPE_RECEIVED_FROM_CENTRAL", "station"));
        }
    }

    @Test
    void publishingANewerVersionAlsoPublishesTheRetirementOfTheOneItSuperseded() throws Exception {
        long v2 = station.approveNewVersion(approved);
        RecipeDetailViewModel vm = new RecipeDetailViewModel(publishing(), station.loginAs("sam", "333333"), UseCaseRunner.inline());
        vm.load(v2);
        List<String> refusals = new ArrayList<>();

        vm.sign(Action.PUBLISH, TestStation.signature("sam", "333333", "Release to every station"), () -> { }, refusals::add);

        assertEquals(List.of(), refusals);
        List<PublishedRecipe> central = new CentralRecipes(pg.link(url)).all();
        assertEquals(List.of("Shared bilayer v1", "Shared bilayer v2"), central.stream().map(PublishedRecipe::label).toList());
        assertEquals("superseded by a newer approved version", central.get(0).retirement().orElseThrow().reason());
        assertTrue(central.get(1).retirement().isEmpty());
    }
}

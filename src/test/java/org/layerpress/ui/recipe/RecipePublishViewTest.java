package org.layerpress.ui.recipe;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.PublishedRecipe;
import org.layerpress.application.recipes.RecipePublishUseCase;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.users.Session;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralRecipes;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Publish to all stations" on the Recipes screen of the approving station, by taps and the Supervisor's PIN, into a
 * real central PostgreSQL; and refused in words, with nothing written, while the central database cannot be reached.
 */
@ExtendWith(ApplicationExtension.class)
class RecipePublishViewTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private RecipesView showAsSam(FxRobot robot, CentralLink link) throws Exception {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        station.approvedRecipe("Shared bilayer", Duration.ofSeconds(1));
        RecipeServices recipes = station.recipes().withPublishing(new RecipePublishUseCase(station.stores().recipes(),
                station.stores().signatures(), station.stores().recipeFiles(), station.services(), new CentralRecipes(link), "press-a"));
        Session sam = station.loginAs("sam", "333333");
        RecipesView[] view = new RecipesView[1];
        robot.interact(() -> {
            view[0] = RecipesView.load(LayoutLocator.classpathOnly(), recipes, sam, UseCaseRunner.fx(), Optional.empty());
            Scene scene = new Scene(view[0].root(), RecipeScreens.WIDTH, RecipeScreens.HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> view[0].getViewModel().rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Shared bilayer");
        RecipeScreens.waitShowing(robot, "#publish");
        return view[0];
    }

    private static void signPublication(FxRobot robot) {
        robot.clickOn("#publish");
        robot.clickOn("#ownName");
        robot.clickOn("#signReason");
        robot.clickOn("Release to every station");
        robot.clickOn("#pickerOk");
        for (char c : "333333".toCharArray()) {
            robot.clickOn("#key" + c);
        }
        robot.clickOn("#signButton");
    }

    private static boolean showing(FxRobot robot, String query) throws Exception {
        return RecipeScreens.fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void aSupervisorPublishesAnApprovedVersionWithTheirPinAndTheKeyIsNotOfferedAgain(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        showAsSam(robot, pg.link(url));
        assertEquals("Not published to the other stations yet.", RecipeScreens.text(robot, "#publication"));
        List<String> findings = new ScreenChecks().check(stage.getScene(), "recipe-publish-offered");

        signPublication(robot);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.text(robot, "#message").startsWith("Shared bilayer v1 is published"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !showing(robot, "#publish"));
        assertEquals("Shared bilayer v1 is published to all stations.", RecipeScreens.text(robot, "#publication"));
        List<PublishedRecipe> central = new CentralRecipes(pg.link(url)).all();
        assertEquals(1, central.size());
        assertEquals("press-a", central.get(0).fromStation());
        assertEquals(List.of("Authored", "Approved"), central.get(0).signatures().stream().map(s -> s.meaning().label()).toList(),
                "the lifecycle's signatures travel, not the publication's own");
        assertEquals(1, station.auditCount("RECIPE_PUBLISHED_TO_CENTRAL", "sam"));
        assertEquals(List.of("1"), station.column("SELECT COUNT(*) FROM signature WHERE entity_type = '"
                + RecipePublishUseCase.ENTITY + "' AND login = 'sam'"));
        findings.addAll(new ScreenChecks().check(stage.getScene(), "recipe-publish-done"));
        // Known, and not the publication's: any message line under a version page whose left column is full (die,
        // press and the four-line validity) needs 35 px more than the content area, as after an approval.
        ScreenChecks.assertOnly(findings, List.of("recipe-publish-done: would be scaled to 0.95"));
    }

    @Test
    void theKeyAndThePublicationCardFitInGerman(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        try {
            showAsSam(robot, pg.link(pg.freshCentral()));
            assertEquals("Noch nicht an die anderen Stationen veröffentlicht.", RecipeScreens.text(robot, "#publication"));
            ScreenChecks.assertOnly(new ScreenChecks().check(stage.getScene(), "recipe-publish-offered-de"), List.of());
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
    }

    @Test
    void anUnreachableCentralDatabaseRefusesInWordsWritesNothingAndTheScreenStaysUsable(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        showAsSam(robot, CentralLink.of("jdbc:postgresql://localhost:" + closed + "/layerpress", "postgres", null));
        assertTrue(RecipeScreens.text(robot, "#publication").startsWith("The central database cannot be reached now"));
        long signaturesBefore = Long.parseLong(station.column("SELECT COUNT(*) FROM signature").get(0));
        long auditBefore = station.auditTotal();

        signPublication(robot);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.text(robot, "#signMessage").contains("central database cannot be reached now"));
        assertEquals(signaturesBefore, Long.parseLong(station.column("SELECT COUNT(*) FROM signature").get(0)), "no signature kept");
        assertEquals(0, station.auditCount("RECIPE_PUBLISHED_TO_CENTRAL", "sam"));
        assertEquals(auditBefore, station.auditTotal(), "nothing audited: nothing was written");
        new ScreenChecks().check(stage.getScene(), "recipe-publish-unreachable");
        robot.clickOn("#signCancel");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.fx(() -> robot.lookup("." + SignatureDialogView.OVERLAY).tryQuery().isEmpty()));
        robot.clickOn("#back");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> showing(robot, "#recipeList"));
    }
}

package org.layerpress.ui.recipe;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The recipe screens for a German Supervisor, each looked at with {@link ScreenChecks} (no word cut or
 * broken, nothing off the screen, every key at least 20 mm): the list, an approved version, the editor
 * with every step kind's tile selected in turn (the bilayer's, a heated recipe's HEAT and COOL, an
 * isostatic recipe's vessel steps), a CHECK step's glovebox limits, the number pad, the unsaved-changes
 * question and the comparison of two versions. Pictures in target/screen-checks (recipes-de-…).
 */
@ExtendWith(ApplicationExtension.class)
class RecipeScreensGermanTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private final ScreenChecks checks = new ScreenChecks();
    private final List<String> findings = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            station.close();
        }
    }

    private void check(String name) throws Exception {
        findings.addAll(checks.check(stage.getScene(), "recipes-de-" + name));
    }

    private static String shown(FxRobot robot, String query) throws Exception {
        return RecipeScreens.fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    /** Taps a step's tile and looks at the editor with it selected. */
    private void tile(FxRobot robot, int number, String kind, String heading) throws Exception {
        robot.clickOn("#tile" + number);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#stepHeading").startsWith("Schritt " + number + " · " + heading), shown(robot, "#stepHeading"));
        check("editor-" + kind);
    }

    @Test
    void aGermanSupervisorReadsEditsAndComparesRecipesOnPagesThatFit(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().build();
        Session sam = station.loginAs("sam", "333333");
        Session sue = station.loginAs("sue", "444444");
        RecipeVersion v1 = station.recipes().authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "First");
        station.recipes().lifecycle().submit(sam, v1.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""));
        station.recipes().lifecycle().approve(sue, v1.id(), new SignatureInput(Optional.of("sue"), Pin.of("444444"), ""));
        RecipeVersion heated = station.recipes().authoring().createDraft(sue, TestRecipes.heated("Warm layer", RecipeDetailViewModelTest.SIM_PRESS, Duration.ofSeconds(30)), "First");
        RecipeVersion isostatic = station.recipes().authoring().createDraft(sue, TestRecipes.cip("Isostatic stack", RecipeDetailViewModelTest.SIM_PRESS, 300, Duration.ofSeconds(30)), "First");
        Words.use(Locale.GERMAN);
        RecipesView view = RecipeScreens.show(robot, stage, station, sue, 3);
        check("list");

        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#newVersion");
        assertEquals("FREIGEGEBEN", shown(robot, "#statusChip"));
        check("detail");

        // A new version: the reason tiles in German, the record keeps the English preset.
        robot.clickOn("#newVersion");
        robot.clickOn("Drücke anpassen");
        robot.clickOn("#pickerOk");
        RecipeScreens.waitShowing(robot, "#tile5");
        tile(robot, 1, "check", "Prüfen");
        robot.clickOn("#addLimits");
        RecipeScreens.waitShowing(robot, "#max_o2Value");
        check("editor-check-limits");
        robot.clickOn("#clearLimits");
        RecipeScreens.waitShowing(robot, "#addLimits");
        tile(robot, 2, "scan", "Scannen");
        tile(robot, 4, "load-layer", "Befüllen");
        tile(robot, 6, "release", "Entlasten");
        // Two wider tiles a row in German: twelve steps are two pages of six.
        robot.clickOn("#tilesDown");
        tile(robot, 11, "eject", "Ausstoßen");
        tile(robot, 12, "inspect", "Sichtprüfung");
        robot.clickOn("#tilesUp");
        tile(robot, 5, "press", "Pressen");
        assertEquals("360 MPa", shown(robot, "#targetValueText"));

        robot.clickOn("#targetValue");
        RecipeScreens.waitShowing(robot, "#numberPad");
        check("editor-pad");
        robot.clickOn("#num3");
        robot.clickOn("#num6");
        robot.clickOn("#num2");
        robot.clickOn("#numPoint");
        robot.clickOn("#num5");
        robot.clickOn("#numOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("362,5 MPa", shown(robot, "#targetValueText"));

        robot.clickOn("#editorBack");
        robot.clickOn("Bleiben und speichern");
        robot.clickOn("#save");
        robot.clickOn("Matrize schonen");
        robot.clickOn("#pickerOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.fx(() -> shown(robot, "#editorMessage").startsWith("Gespeichert: 1 Änderung (Matrize schonen)")));
        check("editor-saved");

        robot.clickOn("#editorBack");
        RecipeScreens.waitShowing(robot, "#compare");
        robot.clickOn("#compare");
        RecipeScreens.waitShowing(robot, "#pickFrom");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.fx(() -> shown(robot, "#diffSummary").contains(" sich von v1 zu v2")));
        check("diff");

        // HEAT and COOL, and a PRESS with platen temperatures, on the heated draft.
        // Straight to the page (the list reloads when shown, and a row tapped mid-reload is gone).
        robot.interact(() -> view.openDetail(heated.id()));
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#edit");
        RecipeScreens.waitShowing(robot, "#tile4");
        tile(robot, 4, "heat", "Heizen");
        tile(robot, 6, "cool", "Kühlen");
        tile(robot, 5, "press-heated", "Pressen");

        // The isostatic vessel's steps.
        robot.interact(() -> view.openDetail(isostatic.id()));
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#edit");
        RecipeScreens.waitShowing(robot, "#tile2");
        tile(robot, 2, "load-vessel", "Behälter beladen");
        tile(robot, 3, "pressurise", "Druck aufbauen");
        tile(robot, 4, "depressurise", "Entlüften");

        ScreenChecks.assertOnly(findings, List.of());
    }
}

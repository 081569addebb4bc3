package org.layerpress.ui.recipe;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The recipe screens a Supervisor taps through, each checked for cut words, text off the screen or
 * over other text, buttons under 20 mm and scaling ({@link ScreenChecks}): the list, an approved
 * version, and the editor of its new version with a press step open.
 */
@ExtendWith(ApplicationExtension.class)
class RecipeScreensFitTest {

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
    void close() {
        station.close();
    }

    private void check(String name) throws Exception {
        findings.addAll(checks.check(stage.getScene(), "recipes-" + name));
    }

    @Test
    void theListAVersionAndTheEditorFit(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().build();
        Session sam = station.loginAs("sam", "333333");
        Session sue = station.loginAs("sue", "444444");
        RecipeVersion v1 = station.recipes().authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "First");
        station.recipes().lifecycle().submit(sam, v1.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""));
        station.recipes().lifecycle().approve(sue, v1.id(), new SignatureInput(Optional.of("sue"), Pin.of("444444"), ""));
        RecipeScreens.show(robot, stage, station, sue, 1);
        check("list");

        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#newVersion");
        check("detail");

        robot.clickOn("#newVersion");
        robot.clickOn("Adjust the pressures");
        robot.clickOn("#pickerOk");
        RecipeScreens.waitShowing(robot, "#tile5");
        robot.clickOn("#tile5");
        check("editor");

        // A CHECK step with its glovebox limits: the add button, then both steppers and the remove button.
        robot.clickOn("#tile1");
        RecipeScreens.waitShowing(robot, "#addLimits");
        check("editor-check");
        robot.clickOn("#addLimits");
        RecipeScreens.waitShowing(robot, "#max_o2Value");
        check("editor-check-limits");

        ScreenChecks.assertOnly(findings, List.of());
    }
}

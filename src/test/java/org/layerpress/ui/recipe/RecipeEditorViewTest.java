package org.layerpress.ui.recipe;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The recipe editor (RecipeEditor.fxml + the theme) under Monocle, on the real use cases and a real H2 file; taps only. */
@ExtendWith(ApplicationExtension.class)
class RecipeEditorViewTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        station.database().close();
    }

    private String text(FxRobot robot, String query) throws Exception {
        return RecipeScreens.text(robot, query);
    }

    @Test
    void pressStepEditedWithTapsUpdatesTheComputedForce(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        Session sam = station.loginAs("sam", "333333");
        RecipeVersion draft = station.recipes().authoring().createDraft(sam,
                DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "New protocol from the literature");
        RecipeScreens.show(robot, stage, station, sam, 1);

        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#edit");
        RecipeScreens.waitShowing(robot, "#tile5");
        robot.clickOn("#tile5");
        assertEquals("Step 5 · PRESS · Press the electrolyte", text(robot, "#stepHeading"));
        assertEquals("28.27 kN", text(robot, "#force"));

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#targetPlus");
        }

        assertEquals("375 MPa", text(robot, "#targetValueText"));
        assertEquals("29.45 kN", text(robot, "#force"));
        assertEquals("3.00 t", text(robot, "#forceTonnes"));
        robot.clickOn("#save");
        robot.clickOn("Denser pellets wanted");
        robot.clickOn("#pickerOk");
        WaitForAsyncUtils.waitFor(10, SECONDS,
                () -> ((RecipeStep.Press) station.recipeVersion(draft.id()).definition().steps().get(4)).target().megaPascals() == 375);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> text(robot, "#editorMessage").startsWith("Saved "));
        assertEquals("Saved LPSCl + LGPS bilayer, 10 mm v1: 1 change (Denser pellets wanted).", text(robot, "#editorMessage"));
        assertEquals("No unsaved changes.", text(robot, "#changesText"));
    }

    @Test
    void aTypedTargetFromTheNumberPadIsCheckedAgainstTheDieAtOnce(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        Session sam = station.loginAs("sam", "333333");
        station.recipes().authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "New protocol");
        RecipeScreens.show(robot, stage, station, sam, 1);
        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#edit");
        RecipeScreens.waitShowing(robot, "#tile9");
        robot.clickOn("#tile9");

        robot.clickOn("#targetValue");
        for (String key : new String[] {"#num1", "#num3", "#num0", "#num0"}) {
            robot.clickOn(key);
        }
        assertEquals("1300 MPa", text(robot, "#numText"));
        robot.clickOn("#numOk");

        assertEquals("1300 MPa", text(robot, "#targetValueText"));
        assertEquals("102.10 kN", text(robot, "#force"));
        assertEquals("1300 MPa (+10 band) needs 102.9 kN, above the die rating of 98.1 kN (1249 MPa in this 10 mm die)",
                RecipeScreens.text(robot, ".lp-problem"));
    }

    @Test
    void aCheckStepsGloveboxLimitIsTypedOnTheNumberPadAndOneOutOfRangeIsRefusedInWords(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        Session sam = station.loginAs("sam", "333333");
        station.recipes().authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "New protocol");
        RecipeScreens.show(robot, stage, station, sam, 1);
        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#edit");
        RecipeScreens.waitShowing(robot, "#tile1");
        robot.clickOn("#tile1");
        RecipeScreens.waitShowing(robot, "#addLimits");
        robot.clickOn("#addLimits");
        RecipeScreens.waitShowing(robot, "#max_o2Value");

        robot.clickOn("#max_o2Value");
        for (String key : new String[] {"#num0", "#numPoint", "#num0", "#num5"}) {
            robot.clickOn(key);
        }
        robot.clickOn("#numOk");
        assertEquals("0.05 ppm", text(robot, "#max_o2ValueText"));

        robot.clickOn("#max_h2oValue");
        for (String key : new String[] {"#num2", "#num0", "#num0", "#num0"}) {
            robot.clickOn(key);
        }
        robot.clickOn("#numOk");
        assertEquals("1 ppm", text(robot, "#max_h2oValueText"), "the refused value is not taken");
        assertEquals("Max H2O must be above 0 and at most 1000 ppm (a glovebox analyser's range): 2000 ppm was not taken.",
                text(robot, "#editorMessage"));
    }
}

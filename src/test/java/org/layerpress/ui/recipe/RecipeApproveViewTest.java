package org.layerpress.ui.recipe;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Approving through the signature dialog with taps: own name, a reason by tap, the PIN on the pad. */
@ExtendWith(ApplicationExtension.class)
class RecipeApproveViewTest {

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

    private RecipeVersion submittedBySam() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        Session sam = station.loginAs("sam", "333333");
        RecipeVersion draft = station.recipes().authoring().createDraft(sam,
                DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "New protocol from the literature");
        return station.recipes().lifecycle().submit(sam, draft.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), "Ready"));
    }

    private void typePin(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#key" + c);
        }
    }

    @Test
    void aSecondSupervisorApprovesWithTapsAndTheVersionLocks(FxRobot robot) throws Exception {
        RecipeVersion inReview = submittedBySam();
        Session sue = station.loginAs("sue", "444444");
        RecipeScreens.show(robot, stage, station, sue, 1);
        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#approve");

        robot.clickOn("#approve");
        robot.clickOn("#ownName");
        robot.clickOn("#signReason");
        robot.clickOn("Forces checked against die and press");
        robot.clickOn("#pickerOk");
        typePin(robot, "444444");
        robot.clickOn("#signButton");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> station.recipeVersion(inReview.id()).status() == RecipeStatus.APPROVED);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.fx(() -> robot.lookup("." + SignatureDialogView.OVERLAY).tryQuery().isEmpty()));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "APPROVED".equals(RecipeScreens.text(robot, "#statusChip")));
        assertTrue(RecipeScreens.fx(() -> robot.lookup(".lp-signature").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Approved by Sue Second-Supervisor (sue)")
                        && l.getText().endsWith("— Forces checked against die and press"))));
        assertEquals("LPSCl + LGPS bilayer, 10 mm v1 is APPROVED and locked: operators can run it.", RecipeScreens.text(robot, "#message"));
    }

    @Test
    void itsAuthorSeesRejectButNoApprove(FxRobot robot) throws Exception {
        submittedBySam();
        Session sam = station.loginAs("sam", "333333");
        RecipeScreens.show(robot, stage, station, sam, 1);
        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#reject");

        assertFalse(RecipeScreens.fx(() -> robot.lookup("#approve").tryQuery().map(Node::isVisible).orElse(false)),
                "no Approve for the version's own author");
    }

    @Test
    void aWrongPinKeepsTheDialogOpenAndSaysSo(FxRobot robot) throws Exception {
        RecipeVersion inReview = submittedBySam();
        Session sue = station.loginAs("sue", "444444");
        RecipeScreens.show(robot, stage, station, sue, 1);
        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#approve");

        robot.clickOn("#approve");
        robot.clickOn("#ownName");
        typePin(robot, "444445");
        robot.clickOn("#signButton");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.text(robot, "#signMessage").startsWith("Not allowed"));
        assertTrue(RecipeScreens.fx(() -> robot.lookup("." + SignatureDialogView.OVERLAY).tryQuery().isPresent()));
        assertEquals(RecipeStatus.IN_REVIEW, station.recipeVersion(inReview.id()).status());
    }
}

package org.layerpress.ui.recipe;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The recipe screens as pictures for the docs (docs/ keeps the recipes-*.png). */
@ExtendWith(ApplicationExtension.class)
class RecipePictures {

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

    private static SignatureInput sig(String login, String pin, String comment) {
        return new SignatureInput(Optional.of(login), Pin.of(pin), comment);
    }

    /** One recipe in each status: approved bilayer, multilayer in review, a draft with problems, a retired one. */
    private void someRecipes() {
        RecipeServices r = station.recipes();
        Session sam = station.loginAs("sam", "333333");
        Session sue = station.loginAs("sue", "444444");
        var press = RecipeDetailViewModelTest.SIM_PRESS;
        RecipeVersion bilayer = r.authoring().createDraft(sam, DemoRecipes.bilayer10mm(press), "After Sun et al., Adv. Mater. 2024");
        r.lifecycle().submit(sam, bilayer.id(), sig("sam", "333333", "Ready for review"));
        r.lifecycle().approve(sue, bilayer.id(), sig("sue", "444444", "Forces checked against die and press"));

        RecipeVersion multilayer = r.authoring().createDraft(sam, DemoRecipes.multilayer13mm(press), "After Nature 2024");
        r.lifecycle().submit(sam, multilayer.id(), sig("sam", "333333", "Ready for review"));

        RecipeDefinition b = DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.TWO_TONNE);
        r.authoring().createDraft(sam, new RecipeDefinition("Bilayer on the 2 t press", b.purpose(), b.die(), b.press(), b.steps()),
                "Try the small press");

        RecipeDefinition m = DemoRecipes.multilayer13mm(press);
        RecipeVersion old = r.authoring().createDraft(sam, new RecipeDefinition("Multilayer trial 2024, 13 mm", m.purpose(), m.die(), m.press(), m.steps()),
                "First trial");
        r.lifecycle().submit(sam, old.id(), sig("sam", "333333", ""));
        r.lifecycle().approve(sue, old.id(), sig("sue", "444444", ""));
        r.lifecycle().retire(sue, old.id(), sig("sue", "444444", "Replaced by a newer version"));
    }

    @Test
    void recipeScreens(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        someRecipes();
        Session sue = station.loginAs("sue", "444444");
        RecipesView view = RecipeScreens.show(robot, stage, station, sue, 4);
        Screenshots.shoot(stage.getScene(), "recipes-list.png");

        robot.clickOn("LPSCl + LGPS bilayer, 10 mm");
        RecipeScreens.waitShowing(robot, "#newVersion");
        Screenshots.shoot(stage.getScene(), "recipes-detail.png");
        robot.clickOn("#cardsDown");
        Screenshots.shoot(stage.getScene(), "recipes-detail-forces.png");

        robot.clickOn("#newVersion");
        robot.clickOn("Adjust the pressures");
        robot.clickOn("#pickerOk");
        RecipeScreens.waitShowing(robot, "#tile5");
        robot.clickOn("#tile5");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#targetPlus");
        }
        Screenshots.shoot(stage.getScene(), "recipes-editor.png");
        robot.clickOn("#targetValue");
        robot.clickOn("#num3").clickOn("#num8").clickOn("#num0");
        Screenshots.shoot(stage.getScene(), "recipes-number-pad.png");
        robot.clickOn("#numCancel");
        robot.clickOn("#save");
        Screenshots.shoot(stage.getScene(), "recipes-save-reason.png");
        robot.clickOn("Denser pellets wanted");
        robot.clickOn("#pickerOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.text(robot, "#editorMessage").startsWith("Saved"));
        robot.clickOn("#editorBack");
        RecipeScreens.waitShowing(robot, "#compare");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.fx(() -> !robot.lookup("#compare").queryButton().isDisabled()));
        robot.clickOn("#compare");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecipeScreens.text(robot, "#diffSummary").contains("differ"));
        Screenshots.shoot(stage.getScene(), "recipes-diff.png");

        robot.clickOn("#diffBack");
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#back");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> view.getViewModel().rows().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Bilayer on the 2 t press");
        RecipeScreens.waitShowing(robot, "#edit");
        robot.clickOn("#cardsDown");
        Screenshots.shoot(stage.getScene(), "recipes-detail-problems.png");
        robot.clickOn("#back");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> view.getViewModel().rows().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Li3PS4 / LPSCl / cathode multilayer, 13 mm");
        RecipeScreens.waitShowing(robot, "#approve");
        robot.clickOn("#approve");
        robot.clickOn("#ownName");
        robot.clickOn("#signReason");
        robot.clickOn("Forces checked against die and press");
        robot.clickOn("#pickerOk");
        robot.clickOn("#key4").clickOn("#key4").clickOn("#key4").clickOn("#key4");
        Screenshots.shoot(stage.getScene(), "recipes-approve.png");
    }
}

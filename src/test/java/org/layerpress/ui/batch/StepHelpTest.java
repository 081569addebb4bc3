package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.layerpress.ui.controls.TapPicker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "?" of a step page: every step kind has its words in the resource bundle, and on the real Run page
 * (simulator, store) the glove-sized "?" opens the kind's help over the page, legible and closed by a tap.
 */
@ExtendWith(ApplicationExtension.class)
class StepHelpTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        if (station != null) {
            station.close();
        }
    }

    @Test
    void everyStepKindHasATitleAndATextInTheBundle() {
        ResourceBundle words = ResourceBundle.getBundle(StepHelp.BUNDLE, Locale.ROOT);
        for (StepKind kind : StepKind.values()) {
            assertTrue(words.containsKey(kind.name() + ".title"), kind + ".title missing in " + StepHelp.BUNDLE);
            assertTrue(words.containsKey(kind.name() + ".text"), kind + ".text missing in " + StepHelp.BUNDLE);
            StepHelp help = StepHelp.of(kind, Locale.ROOT);
            assertFalse(help.title().isBlank() || help.text().isBlank(), kind + " has blank help");
        }
    }

    @Test
    void everyStepKindHasItsOwnGermanAndChineseHelpAndEnglishStaysTheFallback() {
        for (StepKind kind : StepKind.values()) {
            StepHelp english = StepHelp.of(kind, Locale.ENGLISH);
            for (Locale language : List.of(Locale.GERMAN, Locale.CHINESE)) {
                StepHelp other = StepHelp.of(kind, language);
                assertFalse(other.title().isBlank() || other.text().isBlank(), kind + " has blank help in " + language);
                assertFalse(other.text().equals(english.text()), kind + " help is still English in " + language);
            }
        }
        // A language without its own file gets English, not the machine's language.
        assertEquals(StepHelp.of(StepKind.PRESS, Locale.ENGLISH), StepHelp.of(StepKind.PRESS, Locale.JAPANESE));
    }

    @Test
    void theQuestionMarkOnAStepPageOpensThatKindsHelpGloveSizedAndClosesByATap(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer, 10 mm", Duration.ofSeconds(3));
        RunViewTest.show(robot, stage, screen, station, station.olga());
        tap(robot, "#recipe-" + recipe);
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), new ScreenChecks().check(stage.getScene(), "run-step-with-help"), "the page with its \"?\" still fits");

        tap(robot, "#" + StepHelp.BUTTON_ID);
        // The panel is styled and laid out on a later pulse than the tap; under load waitForFxEvents can come first.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#pickerClose").tryQuery()
                .map(n -> n.getBoundsInLocal().getHeight() > 0).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
        StepHelp check = StepHelp.of(StepKind.CHECK);
        List<String> shown = fx(() -> robot.lookup("." + TapPicker.OVERLAY + " .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertTrue(shown.contains("Help: " + check.title()), "the panel's title: " + shown);
        assertTrue(shown.contains(check.text()), "the CHECK help: " + shown);
        List<String> problems = new ArrayList<>(fx(() -> {
            List<String> p = new ArrayList<>(Readability.smallText(robot));
            p.addAll(Readability.smallTargets(robot));
            return p;
        }));
        problems.addAll(new ScreenChecks().check(stage.getScene(), "run-step-help"));
        assertEquals(List.of(), problems);

        tap(robot, "#pickerClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("." + TapPicker.OVERLAY).<Node>tryQuery().isEmpty()), "the panel closed");
    }
}

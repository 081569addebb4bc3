package org.layerpress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerpress.ui.fx.FitPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.LineBreaks;
import org.layerpress.ui.fx.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screen checks find each kind of fault on a made-up screen, name the node, and keep to the exceptions given. */
@ExtendWith(ApplicationExtension.class)
class ScreenChecksTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Scene show(FxRobot robot, Callable<Parent> content) {
        robot.interact(() -> {
            try {
                Scene scene = new Scene(content.call(), 1280, 700);
                Theme.apply(scene, LayoutLocator.classpathOnly());
                stage.setScene(scene);
                stage.show();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return stage.getScene();
    }

    private static Label fixed(String id, String text, double width) {
        Label l = new Label(text);
        l.setId(id);
        l.setMinWidth(width);
        l.setMaxWidth(width);
        return l;
    }

    private static Button key(String id, double size) {
        Button b = new Button("+");
        b.setId(id);
        // Inline, as the theme's button size would win over a setter.
        b.setStyle("-fx-min-width: %1$.0fpx; -fx-pref-width: %1$.0fpx; -fx-max-width: %1$.0fpx; -fx-min-height: %1$.0fpx; -fx-pref-height: %1$.0fpx; -fx-max-height: %1$.0fpx;"
                .formatted(size));
        return b;
    }

    @Test
    void aGoodScreenHasNoFindingsAndLeavesItsPicture(FxRobot robot) throws Exception {
        Scene scene = show(robot, () -> new FitPane(new VBox(fixed("version", "Version", 400), key("plus", 120))));
        assertEquals(List.of(), new ScreenChecks().check(scene, "screen-checks-good"));
        assertTrue(Files.size(ScreenChecks.FOLDER.resolve("screen-checks-good.png")) > 1000);
    }

    @Test
    void aCutWordASmallButtonAndTextOffTheScreenAreNamed(FxRobot robot) throws Exception {
        Label off = new Label("Beyond the edge");
        off.setId("offEdge");
        off.relocate(1250, 300);
        Scene scene = show(robot, () -> new StackPane(new VBox(fixed("version", "Version 12 of the bilayer", 60), key("plus", 110)), new Pane(off)));

        List<String> found = new ScreenChecks().check(scene, "screen-checks-bad");

        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("screen-checks-bad: cut #version 'Version 12 of the bilayer' shows '"), found.get(0));
        assertTrue(found.get(1).startsWith("screen-checks-bad: small button #plus '+': 110 × 110 px, under 118 px"), found.get(1));
        assertTrue(found.get(2).startsWith("screen-checks-bad: outside the screen: #offEdge 'Beyond the edge'"), found.get(2));
    }

    @Test
    void aWordWrappedInsideItselfIsFoundAndAWrapAtAPlaceMadeForItIsNot(FxRobot robot) throws Exception {
        Label broken = wrapped("broken", "press/platenTemperatureBottom");
        Label placed = wrapped("placed", LineBreaks.inId("press/platenTemperatureBottom"));
        Label chinese = wrapped("chinese", "压制步骤保留其操作员压制步骤保留其操作员压制步骤保留其操作员");
        Scene scene = show(robot, () -> new VBox(broken, placed, chinese));

        List<String> found = new ScreenChecks().check(scene, "screen-checks-broken-word");

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("screen-checks-broken-word: broken word #broken 'press/platenTemperatureBottom': 'press/platen"),
                found.get(0));
    }

    /** A wrapping label narrower than its one long word. */
    private static Label wrapped(String id, String text) {
        Label l = fixed(id, text, 360);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    @Test
    void exceptionsNeedAnIdAndAReason(FxRobot robot) throws Exception {
        Scene scene = show(robot, () -> new VBox(fixed("version", "Version 12 of the bilayer", 60), key("plus", 110)));
        ScreenChecks checks = new ScreenChecks().allowCut("version", "a test of the exception").allowSmall("plus", "a test of the exception");
        assertEquals(List.of(), checks.check(scene, "screen-checks-allowed"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> checks.allowCut("x", " "));
    }

    @Test
    void aSectionDrawnBelowScaleOneAndTextOverTextAreFound(FxRobot robot) throws Exception {
        Region wide = new Region();
        wide.setMinWidth(1400);
        Label a = new Label("Not yet signed off");
        Label b = new Label("Signed off by nobody yet");
        Scene scene = show(robot, () -> new FitPane(new VBox(wide, new StackPane(a, b))));

        List<String> found = new ScreenChecks().check(scene, "screen-checks-scaled");

        assertTrue(found.get(0).startsWith("screen-checks-scaled: scaled to 0.914: VBox needs 1400 px wide"), found.toString());
        assertTrue(found.contains("screen-checks-scaled: overlapping text: .label 'Not yet signed off' and .label 'Signed off by nobody yet'"),
                found.toString());
    }

    @Test
    void aLineCutByAPagedViewportIsDrawnOnlyInsideIt(FxRobot robot) throws Exception {
        // A viewport ending at y 650: a line from 640 to 700+ is drawn only down to 650 (paging shows the rest).
        Label cutByViewport = new Label("Force 28.27 kN at 360 MPa\nsecond line\nthird line\nfourth line");
        cutByViewport.setId("cutByViewport");
        cutByViewport.relocate(100, 640);
        Pane viewport = new Pane(cutByViewport);
        viewport.setClip(new javafx.scene.shape.Rectangle(0, 0, 1280, 650));
        // A viewport that itself reaches past the screen's bottom does not hide what it lets out.
        Label belowTheScreen = new Label("Below the screen");
        belowTheScreen.setId("belowTheScreen");
        belowTheScreen.relocate(800, 720);
        Pane tooTall = new Pane(belowTheScreen);
        tooTall.setClip(new javafx.scene.shape.Rectangle(0, 0, 1280, 900));
        Scene scene = show(robot, () -> new StackPane(viewport, tooTall));

        List<String> found = new ScreenChecks().check(scene, "screen-checks-viewport");

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("screen-checks-viewport: outside the screen: #belowTheScreen"), found.get(0));
    }

    @Test
    void aLineScrolledOutOfAViewportIsNotOverTheTitleAboveIt(FxRobot robot) throws Exception {
        // A scrolled list under a title: its first line has moved up behind the title, clipped away by the viewport.
        Label title = new Label("Batch B-20261125-0001");
        title.relocate(10, 10);
        Label scrolledAway = new Label("die bore 10 mm");
        scrolledAway.relocate(10, 10);
        Label shown = new Label("Step 1: Checklist");
        shown.relocate(10, 12);
        Pane viewport = new Pane(scrolledAway);
        viewport.setClip(new javafx.scene.shape.Rectangle(0, 100, 1280, 500));
        Pane notClipped = new Pane(shown);
        Scene scene = show(robot, () -> new StackPane(new Pane(title), viewport, notClipped));

        List<String> found = new ScreenChecks().check(scene, "screen-checks-scrolled");

        assertEquals(List.of("screen-checks-scrolled: overlapping text: .label 'Batch B-20261125-0001' and .label 'Step 1: Checklist'"), found);
    }
}

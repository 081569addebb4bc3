package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A section taller than the body is shrunk to fit instead of pushing the frame off the panel. */
@ExtendWith(ApplicationExtension.class)
class FitPaneTest {

    private final Region tall = new Region();
    private final Region small = new Region();
    private FitPane tallPane;
    private FitPane smallPane;

    @Start
    void start(Stage stage) {
        tall.setMinSize(1000, 1000);
        small.setMinSize(100, 100);
        tallPane = new FitPane(tall);
        smallPane = new FitPane(small);
        tallPane.setPrefSize(800, 500);
        smallPane.setPrefSize(800, 100);
        stage.setScene(new Scene(new VBox(tallPane, smallPane), 800, 600));
        stage.show();
    }

    @Test
    void aSectionThatNeedsMoreRoomIsScaledDownToFitWhole() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tallPane.getHeight() > 0);
        Bounds b = tall.getBoundsInParent();
        assertTrue(b.getHeight() <= tallPane.getHeight() + 0.5, "scaled height " + b.getHeight() + " fits " + tallPane.getHeight());
        assertTrue(b.getWidth() <= tallPane.getWidth() + 0.5, "scaled width " + b.getWidth());
        assertEquals(1000, tall.getHeight(), 0.5, "laid out at the size it needs, then scaled");
    }

    @Test
    void aSectionThatFitsIsNotScaled() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> smallPane.getHeight() > 0);
        assertEquals(smallPane.getWidth(), small.getBoundsInParent().getWidth(), 0.5);
        assertEquals(smallPane.getHeight(), small.getBoundsInParent().getHeight(), 0.5);
    }
}

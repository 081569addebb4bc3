package org.layerpress.ui.recipe;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.layerpress.application.users.Session;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Recipe screens in a content-area scene (1280×700, the theme) on a test station. */
final class RecipeScreens {

    static final double WIDTH = 1280;
    static final double HEIGHT = 700;

    private RecipeScreens() {
    }

    /** Shows the recipe list for a session on the stage and waits until it has {@code rows} rows. */
    static RecipesView show(FxRobot robot, Stage stage, TestStation station, Session session, int rows) throws TimeoutException {
        RecipesView[] view = new RecipesView[1];
        robot.interact(() -> {
            view[0] = RecipesView.load(LayoutLocator.classpathOnly(), station.recipes(), session, UseCaseRunner.fx(), Optional.empty());
            Scene scene = new Scene(view[0].root(), WIDTH, HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            // The scene sizes the stage; an explicit stage size would stay for the next test class's smaller scene.
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> view[0].getViewModel().rows().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    /** Waits until a node with this query is showing (its page loaded). */
    static void waitShowing(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Reads the scene on the FX thread: a lookup from the test thread while a use case's result
     * rebuilds a page can meet a children list in the middle of a change.
     */
    static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
    }

    /** The text of a label, read on the FX thread. */
    static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(javafx.scene.control.Label.class).getText());
    }

}

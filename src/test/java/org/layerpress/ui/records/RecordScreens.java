package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.layerpress.application.users.Session;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Records section in a content-area scene (1280×700, the theme) on a test station's QA use cases; waits. */
final class RecordScreens {

    static final Instant NOW = Instant.parse("2026-11-25T16:00:00Z");

    private RecordScreens() {
    }

    /** Shows the batch list for the session logged in (after the records are written) and waits until it has {@code rows} rows. */
    static RecordsView show(FxRobot robot, Stage stage, StationQa qa, Supplier<Session> login, int rows) throws TimeoutException {
        Session session = login.get();
        return show(robot, stage, qa.sources(session), session, rows);
    }

    /** As above, on sources the test made for the session. */
    static RecordsView show(FxRobot robot, Stage stage, QaSources sources, Session session, int rows) throws TimeoutException {
        RecordsView[] view = new RecordsView[1];
        robot.interact(() -> {
            view[0] = RecordsView.load(LayoutLocator.classpathOnly(), sources, session, UseCaseRunner.fx(),
                    Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
            Scene scene = new Scene(view[0].root(), 1280, 700);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> view[0].getListModel().rows().size() == rows));
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    /** Waits until a node with this query is showing and enabled. */
    static void waitShowing(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && !n.isDisabled() && n.getScene() != null).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void tap(FxRobot robot, String query) throws TimeoutException {
        waitShowing(robot, query);
        robot.clickOn(robot.lookup(query).<Node>query());
    }

    /** Taps a choice of the open picker (the same words may be on the screen underneath). */
    static void choose(FxRobot robot, String text) throws TimeoutException {
        waitShowing(robot, ".lp-picker-overlay");
        robot.clickOn(robot.from(robot.lookup(".lp-picker-overlay").queryAll()).lookup(text).<Node>query());
    }

    /** Reads the scene on the FX thread (a page may be rebuilt by a result meanwhile). */
    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
    }

}

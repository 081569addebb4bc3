package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit trail viewer (AuditTrail.fxml + the theme) under Monocle on a real H2 file; filters by tap. */
@ExtendWith(ApplicationExtension.class)
class AuditTrailViewTest {

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
        station.close();
    }

    private AuditTrailViewModel show(FxRobot robot, Session session) throws TimeoutException {
        AuditTrailViewModel vm = new AuditTrailViewModel(station.services(), session, UseCaseRunner.fx(), Clock.systemUTC(), ZoneId.systemDefault());
        robot.interact(() -> {
            stage.setScene(Screens.scene(AuditTrailView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.rows().isEmpty() || vm.isRefused());
        return vm;
    }

    @Test
    void qaFiltersByUserAndTimeRangeWithTapsAndSeesTheChainIntact(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        station.ada();
        AuditTrailViewModel vm = show(robot, station.loginAs("quinn", "222222"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "INTACT".equals(vm.getChain().word()));
        assertTrue(robot.lookup("#today").queryAs(ToggleButton.class).isSelected(), "Today is the first range");

        robot.clickOn("#userFilter");
        // The choice in the picker, not a table cell with the same word under it.
        robot.clickOn(robot.from(robot.lookup(".lp-picker-overlay").queryAll()).lookup("ada").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "User: ada".equals(robot.lookup("#userFilter").queryButton().getText()));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.rows().isEmpty() && vm.rows().stream().allMatch(r -> r.user().equals("ada")));
        robot.clickOn("#allTime");
        robot.clickOn("#allTime");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#allTime").queryAs(ToggleButton.class).isSelected(), "a second tap does not turn the range off");
        assertEquals(AuditTrailViewModel.TimeRange.ALL, vm.getTimeRange());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertEquals(vm.rows().size(), table.getItems().size());
        assertTrue(robot.lookup("#chain .lp-indicator-word").queryAs(Label.class).getText().equals("INTACT"));
    }

    @Test
    void aTapOnARowShowsItInFull(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        show(robot, station.ada());

        robot.clickOn(".lp-audit-table .table-row-cell");

        Label details = robot.lookup(".lp-picker-text").queryAs(Label.class);
        assertTrue(details.getText().contains("Action: LOGIN"), details.getText());
        assertTrue(details.getText().contains("Hash: "));
        robot.clickOn("#pickerClose");
        assertTrue(robot.lookup(".lp-picker-text").queryAll().isEmpty());
    }

    @Test
    void anOperatorIsRefusedInWords(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        AuditTrailViewModel vm = show(robot, station.loginAs("olga", "111111"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(vm.rows().isEmpty());
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().startsWith("Not allowed: reading the audit trail"));
    }

    @Test
    void rowsAreReadableAtArmsLength(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        show(robot, station.ada());
        WaitForAsyncUtils.waitForFxEvents();

        for (Label label : robot.lookup(".label").queryAllAs(Label.class)) {
            assertTrue(label.getFont().getSize() >= 24 - 0.01, () -> "too small: '" + label.getText() + "' " + label.getFont());
        }
        double rowHeight = robot.lookup(".lp-audit-table .table-row-cell").query().getBoundsInLocal().getHeight();
        assertTrue(rowHeight >= 2.5 * 24, "generous rows: " + rowHeight);
    }
}

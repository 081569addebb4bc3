package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.LineBreaks;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Calibration screen (Calibration.fxml + the theme) under Monocle, on the real calibration use case
 * and a real H2 file; taps only. The station's clock stands at {@value TestStation#START}.
 */
@ExtendWith(ApplicationExtension.class)
class CalibrationViewTest {

    private static final Instrument BALANCE = new Instrument(InstrumentKind.BALANCE, "BAL-1");
    private static final Instrument LOAD_CELL = Instrument.ofPress(InstrumentKind.LOAD_CELL, "LayerPress simulated 30 t automatic press", "force");

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

    private void taps(FxRobot robot, String... ids) {
        for (String id : ids) {
            robot.clickOn("#" + id);
        }
    }

    /** Looked up on the FX thread: the list is redrawn while the test waits (a lookup beside it can read a changing child list). */
    private static boolean rowSays(FxRobot robot, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".lp-tag").queryAllAs(Label.class).stream().anyMatch(l -> LineBreaks.plain(l.getText()).equals(text))).get();
    }

    @Test
    void aSupervisorRecordsACalibrationByTapsAndSeesTheStateChange(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().build();
        CalibrationViewModel vm = new CalibrationViewModel(station.calibration(), station.sam(), List.of(LOAD_CELL, BALANCE), UseCaseRunner.fx());
        robot.interact(() -> {
            stage.setScene(Screens.scene(CalibrationView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.getRows().size() == 2);
        assertEquals(2, robot.lookup(".lp-tag").queryAllAs(Label.class).stream().filter(l -> l.getText().equals("⚠ none on file")).count());

        CalibrationRow balance = vm.getRows().stream().filter(r -> r.instrument().equals(BALANCE)).findFirst().orElseThrow();
        assertEquals("Balance — BAL-1", LineBreaks.plain(balance.shownName()));
        robot.clickOn(balance.shownName()); // the row as shown: its id may wrap after the "-"
        robot.clickOn("#recordCalibration");
        taps(robot, "calibratedBack");
        taps(robot, "dueYear", "num2", "num0", "num2", "num7", "numOk");
        taps(robot, "dueForward");
        taps(robot, "certificate", "txtC", "txtPage", "txtDashDigits", "txt4", "txt2", "txtOk");
        taps(robot, "signCalibration", "ownName");
        for (char c : "333333".toCharArray()) {
            robot.clickOn("#key" + c);
        }
        taps(robot, "signButton");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> rowSays(robot, "in date, due 2027-11-25 (certificate C-42, calibrated 2026-11-24)"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("." + SignatureDialogView.OVERLAY).tryQuery().isEmpty()).get());
        List<CalibrationRecord> stored = station.calibration().list(station.sam());
        assertEquals(1, stored.size());
        assertEquals(BALANCE, stored.get(0).instrument());
        assertEquals(LocalDate.parse("2026-11-24"), stored.get(0).calibratedOn());
        assertEquals(LocalDate.parse("2027-11-25"), stored.get(0).dueOn());
        assertEquals("C-42", stored.get(0).certificateId());
        assertEquals("sam", stored.get(0).enteredBy());
        assertEquals(1, robot.lookup(".lp-tag").queryAllAs(Label.class).stream().filter(l -> l.getText().equals("⚠ none on file")).count(),
                "the load cell still has none");
    }
}

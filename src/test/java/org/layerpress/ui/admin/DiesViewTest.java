package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Dies screen (Dies.fxml + the theme) under Monocle, on the real die registry and a real H2 file; taps only. */
@ExtendWith(ApplicationExtension.class)
class DiesViewTest {

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

    @Test
    void aSupervisorAddsADieByTapsAndItAppearsInTheList(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        DiesViewModel vm = new DiesViewModel(station.dieRegistry(), station.sam(), UseCaseRunner.fx());
        robot.interact(() -> {
            stage.setScene(Screens.scene(DiesView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.isBusy());

        taps(robot, "addDie", "dieId", "txtD", "txtPage", "txt1", "txt3", "txtDashDigits", "txt0", "txt1", "txtOk");
        taps(robot, "dieBore", "num1", "num3", "numOk");
        taps(robot, "dieRated", "num9", "num8", "numOk");
        taps(robot, "dieCycles", "num2", "num0", "num0", "num0", "num0", "numOk");
        robot.clickOn("#dieMaterial").clickOn("tungsten carbide");
        robot.clickOn("#saveDie");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup(".lp-user-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("D13-01 — In use")));

        RegisteredDie stored = station.dieRegistry().list(station.sam()).stream().filter(d -> d.id().equals("D13-01")).findFirst().orElseThrow();
        assertEquals(13, stored.die().bore().millimetres());
        assertEquals(98, stored.die().rating().kiloNewtons());
        assertEquals(OptionalLong.of(20_000), stored.ratedCycles());
        assertEquals("tungsten carbide", stored.material());
        assertEquals("0 of 20000 cycles, highest none recorded", robot.lookup(".lp-tag").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("0 of 20000")).findFirst().orElseThrow());
    }
}

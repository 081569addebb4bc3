package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.LanguagePages.text;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The isostatic vessel's pages (LOAD_VESSEL, PRESSURISE holding, the lid unlocked) for a German and a
 * Chinese operator on the simulated CIP over loopback, by taps: their own words, nothing cut, every target
 * glove-sized; the batch's record keeps English. Pictures in target/screen-checks (lang-de-vessel…, lang-zh-vessel…).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageVesselScreensTest {

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
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            station.close();
        }
    }

    /** A CIP batch started by taps for {@code language}, on its LOAD_VESSEL page. */
    private RunView toLoadVessel(FxRobot robot, Language language) throws Exception {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(1).build();
        long recipe = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), 20, Duration.ofSeconds(3)));
        Session olga = station.services().login().login(LoginCommand.byLogin("olga", Pin.of("111111")).choosing(language))
                .session().orElseThrow();
        Words.use(olga.user().languageOrDefault().locale());
        RunView view = RunViewTest.show(robot, stage, new RunScreen(station), station, olga);
        tap(robot, "#recipe-" + recipe);
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the vessel");
        return view;
    }

    private static void holdToPressurise(FxRobot robot, TestStation station) throws Exception {
        RunViewTest.waitEnabled(robot, "#startVessel");
        HoldButton hold = fx(() -> robot.lookup("#startVessel").queryAs(HoldButton.class));
        robot.moveTo(hold).press(MouseButton.PRIMARY);
        try {
            Eventually.waitUntil("pressurising", () -> station.vessel().state() != IsostaticVesselPlc.State.IDLE, station.vessel()::state);
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
    }

    private void toInspectAndComplete(FxRobot robot, RunView view) throws Exception {
        awaitStep(robot, "Inspect");
        tap(robot, "#pass0");
        tap(robot, "#confirmStep");
        String id = fx(() -> view.getViewModel().getBatch().batchId());
        Eventually.waitUntil("complete", () -> station.stored(id).state() == BatchState.COMPLETE, () -> station.stored(id).state());
        assertEquals(List.of(), LanguagePages.notEnglish(station.events(id)), "the record keeps English whatever the screens show");
    }

    @Test
    void aGermanOperatorLoadsPressurisesAndVentsTheVesselOnGermanPagesThatFitAndTheRecordStaysEnglish(FxRobot robot) throws Exception {
        LanguagePages pages = new LanguagePages(stage);
        RunView view = toLoadVessel(robot, Language.GERMAN);
        pages.measure(robot, "de vessel load");
        tap(robot, "#checkItem0");
        tap(robot, "#checkItem1");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Pressurise");
        assertEquals("Behälterdruck 20 MPa (Band 15 bis 25 MPa), Rate 5 MPa/s, 3 s halten", text(robot, "#setpoint"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "Deckel verriegelt".equals(text(robot, "#lidState")));
        RunViewTest.waitEnabled(robot, "#startVessel");
        assertEquals("Bereit: Start halten, um Druck aufzubauen", text(robot, "#phase"));
        pages.measure(robot, "de vessel pressurise");

        station.port().command(StandardSignal.UNLOCK_LID);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> text(robot, "#lidState").startsWith("Deckel NICHT verriegelt"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "Gesperrt: siehe unten".equals(text(robot, "#phase")));
        pages.measure(robot, "de vessel lid open");
        station.port().command(StandardSignal.LOCK_LID);

        holdToPressurise(robot, station);
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text(robot, "#phase").startsWith("Halten im Band 15 bis 25 MPa: noch"));
        pages.measure(robot, "de vessel holding");

        toInspectAndComplete(robot, view);
        assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
    }

    @Test
    void aChineseOperatorsVesselPagesAreDrawnWholeAndTheRecordStaysEnglish(FxRobot robot) throws Exception {
        LanguagePages pages = new LanguagePages(stage);
        RunView view = toLoadVessel(robot, Language.CHINESE);
        pages.measure(robot, "zh vessel load");
        tap(robot, "#checkItem0");
        tap(robot, "#checkItem1");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Pressurise");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "盖子已锁定".equals(text(robot, "#lidState")));
        assertTrue(text(robot, "#setpoint").startsWith("容器压力 20 MPa"), text(robot, "#setpoint"));
        pages.measure(robot, "zh vessel pressurise");

        holdToPressurise(robot, station);
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text(robot, "#phase").startsWith("在范围 15 至 25 MPa 内保压"));
        pages.measure(robot, "zh vessel holding");

        toInspectAndComplete(robot, view);
        assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
    }
}

package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.domain.units.Force;
import java.util.OptionalLong;
import java.time.LocalDate;
import java.util.Optional;
import org.layerpress.application.calibration.CalibrationCommands;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import java.util.Locale;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Admin screens as an Admin taps through them, each checked for cut words, text off the screen or
 * over other text, buttons under 20 mm and scaling ({@link ScreenChecks}): the user list and each of
 * its forms, the new-user form, the idle timeout, the station's language, the Dies and Calibration screens with their forms, and
 * the audit trail with a sealed batch in it.
 */
@ExtendWith(ApplicationExtension.class)
class AdminScreensFitTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private final ScreenChecks checks = new ScreenChecks()
            .allowCut("changeColumnText", "a long old → new value shows two lines in the list; a tap on the row shows it whole");
    private final List<String> findings = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        Words.use(Words.STATION_DEFAULT);
        station.close();
    }

    private void check(String name) throws Exception {
        findings.addAll(checks.check(stage.getScene(), "admin-" + name));
    }

    @Test
    void theUsersScreenAndEachOfItsFormsFit(FxRobot robot) throws Exception {
        usersScreenFits(robot, "");
    }

    @Test
    void theUsersScreenAndEachOfItsFormsFitInGerman(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        usersScreenFits(robot, "-de");
        assertEquals("Benutzer anlegen", robot.lookup("#createUser").queryButton().getText());
    }

    private void usersScreenFits(FxRobot robot, String language) throws Exception {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        UsersViewModel vm = new UsersViewModel(station.services(), station.ada(), UseCaseRunner.fx(), Clock.systemUTC());
        robot.interact(() -> {
            stage.setScene(Screens.scene(UsersView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getList().users().isEmpty());
        check("users" + language);
        robot.clickOn("Olga Operator");
        check("users-roles" + language);
        robot.clickOn("#rolesReason");
        check("users-reason" + language);
        robot.clickOn("#pickerCancel");
        robot.clickOn("#resetPinTab");
        check("users-reset-pin" + language);
        robot.clickOn("#typeResetPin");
        check("users-pin-pad" + language);
        robot.clickOn("#pinCancel");
        robot.clickOn("#disableTab");
        check("users-disable" + language);
        robot.clickOn("#idleTimeout");
        check("users-idle" + language);
        robot.clickOn("#idleCancel");
        robot.clickOn("#stationLanguage");
        check("users-language" + language);
        robot.clickOn("#languageReason");
        check("users-language-reason" + language);
        robot.clickOn("#pickerCancel");
        robot.clickOn("#languageCancel");
        robot.clickOn("#newUser");
        check("users-create" + language);

        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void theDiesScreenAndEachOfItsFormsFit(FxRobot robot) throws Exception {
        diesScreenFits(robot, "");
    }

    @Test
    void theDiesScreenAndEachOfItsFormsFitInGerman(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        diesScreenFits(robot, "-de");
        assertEquals("Matrize sichern", robot.lookup("#saveDie").queryButton().getText());
        assertTrue(robot.lookup(".lp-user-cell .label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("Bohrung 12 mm, Nennkraft 150,0 kN")),
                "the list reads German with decimal commas");
    }

    private void diesScreenFits(FxRobot robot, String language) throws Exception {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        // The longest words a row may say: near its rated cycles, with a highest force recorded.
        station.dieRegistry().add(station.sam(), new DieCommands.AddDie("D12-WIDE-CARBIDE-0001", 12, Force.kiloNewtons(150), "tungsten carbide",
                OptionalLong.of(10)));
        station.countPresses("D12-WIDE-CARBIDE-0001", 9, Force.kiloNewtons(149.5));
        // With a central copy the line is longer still: the count here and over all stations, worn by the site's.
        station.dieRegistry().add(station.sam(), new DieCommands.AddDie("D12-SITE-CARBIDE-0002", 12, Force.kiloNewtons(150), "tungsten carbide",
                OptionalLong.of(10)));
        station.countPresses("D12-SITE-CARBIDE-0002", 9, Force.kiloNewtons(149.5));
        station.transactions().inTransaction(() -> {
            station.stores().dies().replaceSiteCycles(java.util.Map.of("D12-SITE-CARBIDE-0002", 12L), java.time.Instant.parse(TestStation.START));
            return null;
        });
        DiesViewModel vm = new DiesViewModel(station.dieRegistry(), station.sam(), UseCaseRunner.fx());
        robot.interact(() -> {
            stage.setScene(Screens.scene(DiesView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getRows().isEmpty());
        check("dies" + language);
        robot.clickOn(vm.getRows().get(0).id() + " — " + vm.getRows().get(0).statusText());
        robot.clickOn("#editTab");
        check("dies-edit" + language);
        robot.clickOn("#dieCancel");
        robot.clickOn("#retireTab");
        check("dies-retire" + language);
        robot.clickOn("#retireReason");
        check("dies-retire-reason" + language);
        robot.clickOn("#pickerCancel");
        robot.clickOn("#retireCancel");
        robot.clickOn("#addDie");
        check("dies-add" + language);
        robot.clickOn("#dieMaterial");
        check("dies-material" + language);
        robot.clickOn("#pickerCancel");
        robot.clickOn("#dieBore");
        check("dies-bore" + language);
        robot.clickOn("#numCancel");

        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void theCalibrationScreenAndItsFormFit(FxRobot robot) throws Exception {
        calibrationScreenFits(robot, "");
    }

    @Test
    void theCalibrationScreenAndItsFormFitInGerman(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        calibrationScreenFits(robot, "-de");
        assertEquals("Signieren und erfassen", robot.lookup("#signCalibration").queryButton().getText());
    }

    private void calibrationScreenFits(FxRobot robot, String language) throws Exception {
        station = TestStation.builder(dir).demoUsers().build();
        String press = "LayerPress simulated 30 t automatic press";
        Instrument loadCell = Instrument.ofPress(InstrumentKind.LOAD_CELL, press, "force");
        // The longest words a row may say: overdue, with a certificate id at the pad's length.
        station.calibration().record(station.sam(), new CalibrationCommands.RecordCalibration(loadCell, LocalDate.parse("2025-11-01"),
                LocalDate.parse("2026-11-20"), "CAL-LC-2025-11-0001-WIDE-0042-XX", Optional.of("sam"), Pin.of("333333")));
        List<Instrument> instruments = List.of(loadCell, Instrument.ofPress(InstrumentKind.THERMOCOUPLE, press, "platenTemperatureTop"),
                Instrument.ofPress(InstrumentKind.THERMOCOUPLE, press, "platenTemperatureBottom"), new Instrument(InstrumentKind.BALANCE, "BAL-SIM"));
        CalibrationViewModel vm = new CalibrationViewModel(station.calibration(), station.sam(), instruments, UseCaseRunner.fx());
        robot.interact(() -> {
            stage.setScene(Screens.scene(CalibrationView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.getRows().size() == 4);
        robot.clickOn(vm.getRows().stream().filter(r -> r.instrument().equals(loadCell)).findFirst().orElseThrow().shownName());
        check("calibration" + language);
        robot.clickOn("#recordCalibration");
        robot.clickOn("#dueYear");
        check("calibration-year" + language);
        robot.clickOn("#numCancel");
        check("calibration-record" + language);
        robot.clickOn("#dueForward");
        robot.clickOn("#certificate");
        check("calibration-certificate" + language);
        robot.clickOn("#txtC");
        robot.clickOn("#txtOk");
        check("calibration-filled" + language);
        if (language.isEmpty()) {
            // The signature dialog is not translated yet (docs/languages.md): its German PIN pad is another screen's work.
            robot.clickOn("#signCalibration");
            check("calibration-sign");
        }

        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void theAuditTrailWithASealedBatchFitsAndShowsTheSealAsOneLine(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).clock(MutableClock.at("2026-11-25T07:00:00Z")).demoUsers().build();
        BatchRecordBuilder.bilayer("B-20261125-0001").by("olga").startingAt(Instant.parse("2026-11-25T08:00:00Z")).on(station).complete();
        AuditTrailViewModel vm = new AuditTrailViewModel(station.services(), station.ada(), UseCaseRunner.fx(), station.clock(),
                ZoneId.of("UTC"));
        robot.interact(() -> {
            stage.setScene(Screens.scene(AuditTrailView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.rows().isEmpty());
        robot.clickOn("#allTime");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.rows().stream().anyMatch(r -> r.entity().startsWith("batch")
                && r.action().equals("SEALED")));
        WaitForAsyncUtils.waitForFxEvents();
        check("audit");

        AuditRow seal = vm.rows().stream().filter(r -> r.entity().startsWith("batch") && r.action().equals("SEALED")).findFirst().orElseThrow();
        assertTrue(seal.change().matches("\\d+ rows, hash [0-9a-f]{8}…"), seal.change());
        int longest = robot.lookup(".lp-audit-table .text").queryAllAs(Text.class).stream()
                .mapToInt(t -> t.getText().length()).max().orElse(0);
        assertTrue(longest < 200, "no cell lays out a long text: " + longest + " characters");
        robot.clickOn(seal.change());
        check("audit-seal");
        String shown = robot.lookup(".lp-picker-text").queryAs(Label.class).getText();
        assertTrue(shown.matches("(?s).*After: Sealed batch B-20261125-0001: \\d+ rows, hash .*") && shown.length() < 2000, shown);
        robot.clickOn("#sealLines");
        check("audit-seal-lines");
        assertTrue(robot.lookup("#sealLineList .list-cell").queryAll().size() < 30, "only a page of the row hashes is laid out");

        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void theAuditTrailFitsInGermanWithTheRecordedWordsInEnglish(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).clock(MutableClock.at("2026-11-25T07:00:00Z")).demoUsers().build();
        BatchRecordBuilder.bilayer("B-20261125-0001").by("olga").startingAt(Instant.parse("2026-11-25T08:00:00Z")).on(station).complete();
        Words.use(Locale.GERMAN);
        AuditTrailViewModel vm = new AuditTrailViewModel(station.services(), station.ada(), UseCaseRunner.fx(), station.clock(),
                ZoneId.of("UTC"));
        robot.interact(() -> {
            stage.setScene(Screens.scene(AuditTrailView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        robot.clickOn("#allTime");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.rows().stream().anyMatch(r -> r.action().equals("SEALED")));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "INTAKT".equals(vm.getChain().word()));
        WaitForAsyncUtils.waitForFxEvents();
        check("audit-de");
        assertEquals("Benutzer: Alle", robot.lookup("#userFilter").queryButton().getText());
        robot.clickOn("#userFilter");
        check("audit-users-de");
        robot.clickOn("#pickerCancel");
        AuditRow seal = vm.rows().stream().filter(r -> r.action().equals("SEALED")).findFirst().orElseThrow();
        robot.clickOn(seal.change());
        check("audit-seal-de");
        String shown = robot.lookup(".lp-picker-text").queryAs(Label.class).getText();
        // The captions are German; the action and the values stay as the trail recorded them.
        assertTrue(shown.contains("Aktion: SEALED") && shown.contains("Nachher: Sealed batch B-20261125-0001"), shown);

        ScreenChecks.assertOnly(findings, List.of());
    }
}

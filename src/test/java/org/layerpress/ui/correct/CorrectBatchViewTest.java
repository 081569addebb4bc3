package org.layerpress.ui.correct;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.RecordedValues;
import org.layerpress.application.users.Session;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.batch.BatchCalls;
import org.layerpress.ui.batch.BatchStartView;
import org.layerpress.ui.batch.BatchStartViewModel;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An Operator corrects a value of her own finished batch by taps, from the Run start page, on the real
 * review use cases and a real H2 file: the signed-off batch is not offered, a wrong PIN is refused in
 * words with nothing stored, and the signed amendment stands beside the untouched original.
 */
@ExtendWith(ApplicationExtension.class)
class CorrectBatchViewTest {

    private static final String OPEN = "B-20261125-0001";
    private static final String SIGNED = "B-20261125-0002";

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final ScreenChecks checks = new ScreenChecks();
    private final List<String> findings = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void twoFinishedBatchesOneSignedOff() {
        Words.use(Locale.ENGLISH);
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        BatchRecordBuilder.complete(station, "olga", OPEN);
        BatchRecordBuilder.complete(station, "olga", SIGNED);
        station.review().signOff().signOff(station.quinn(), SIGNED, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "checked"));
    }

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void aLotIsCorrectedByTapsBesideTheOriginalAfterAWrongPinIsRefused(FxRobot robot) throws Exception {
        showStartPage(robot, station.olga());
        waitShowing(robot, "#correctBatch");
        check("start");
        tap(robot, "#correctBatch");
        waitShowing(robot, "#batch-" + OPEN);
        assertFalse(fx(() -> robot.lookup("#batch-" + SIGNED).tryQuery().isPresent()), "a signed-off batch is not offered");
        check("list");

        tap(robot, "#batch-" + OPEN);
        waitShowing(robot, "#value-8-lot");
        String original = fx(() -> robot.lookup("#value-8-lot").queryAs(Button.class).getText());
        assertTrue(original.contains("LGPS-2610-02"), original);
        check("values");

        tapValue(robot, "#value-8-lot");
        tap(robot, "#txtClear");
        typeOnTextPad(robot, "LGPS-2610-09");
        check("text-pad");
        tap(robot, "#txtOk");

        tap(robot, "#signReason");
        choose(robot, "Label misread");
        tap(robot, "#pickerOk");
        tap(robot, "#ownName");
        typePin(robot, "999999");
        check("sign");
        tap(robot, "#signButton");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup("#signMessage").queryAs(Label.class).getText().contains("Wrong PIN")));
        assertEquals(List.of(), stored().amendments(), "a refused PIN stores nothing");

        typePin(robot, "111111");
        tap(robot, "#signButton");
        waitShowing(robot, "#amended-8-lot");
        List<Amendment> amendments = stored().amendments();
        assertEquals(1, amendments.size());
        assertEquals("LGPS-2610-09", amendments.get(0).correctedValue());
        assertEquals("Label misread", amendments.get(0).reason());
        assertEquals("LGPS-2610-02", stored().run().step(8).value("lot"), "the recorded value is untouched");
        assertEquals(original, fx(() -> robot.lookup("#value-8-lot").queryAs(Button.class).getText()), "the original is still shown");
        String beside = fx(() -> robot.lookup("#amended-8-lot .lp-amendment").queryAs(Label.class).getText());
        assertTrue(beside.startsWith("Amended to LGPS-2610-09 (Label misread)") && beside.contains("Olga"), beside);
        check("amended");
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void aMassIsCorrectedOnTheNumberPad(FxRobot robot) throws Exception {
        String field = RecordedValues.of(stored(), 8).entrySet().stream().filter(e -> e.getValue().equals("31.8"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        showStartPage(robot, station.olga());
        tap(robot, "#correctBatch");
        tap(robot, "#batch-" + OPEN);
        tapValue(robot, "#value-8-" + field.replaceAll("[^A-Za-z0-9]", "_"));
        waitShowing(robot, "#numberPad");
        for (String key : List.of("num3", "num1", "numPoint", "num6")) {
            tap(robot, "#numberPad #" + key);
        }
        check("number-pad");
        tap(robot, "#numOk");
        tap(robot, "#signReason");
        choose(robot, "Balance reading copied wrong");
        tap(robot, "#pickerOk");
        tap(robot, "#ownName");
        typePin(robot, "111111");
        tap(robot, "#signButton");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> stored().amendments().size() == 1);
        assertEquals("31.6", stored().amendments().get(0).correctedValue());
        assertEquals(field, stored().amendments().get(0).field());
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void aGermanOperatorReadsTheRecordedValuesInGermanOnPagesThatFit(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        try {
            String field = RecordedValues.of(stored(), 8).entrySet().stream().filter(e -> e.getValue().equals("31.8"))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            String id = "#value-8-" + field.replaceAll("[^A-Za-z0-9]", "_");
            showStartPage(robot, station.olga());
            tap(robot, "#correctBatch");
            tap(robot, "#batch-" + OPEN);
            waitShowing(robot, "#value-8-lot");
            assertEquals("Charge LGPS-2610-02", fx(() -> robot.lookup("#value-8-lot").queryAs(Button.class).getText()), "the lot as recorded");
            String mass = fx(() -> robot.lookup(id).queryAs(Button.class).getText());
            assertTrue(mass.startsWith("gewogen 31,8"), mass);
            check("de-values");
            tapValue(robot, id);
            waitShowing(robot, "#numberPad");
            assertEquals("Löschen", fx(() -> robot.lookup("#numClear").queryAs(Button.class).getText()));
            check("de-number-pad");
            tap(robot, "#numCancel");
            assertEquals("31.8", stored().run().step(8).value(field), "the record keeps its value and its '.'");
            ScreenChecks.assertOnly(findings, List.of());
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
    }

    private BatchRecord stored() {
        return station.review().reader().existing(OPEN);
    }

    /** The Run start page as the Run section shows it, offered the correction screen as RunScreens offers it. */
    private void showStartPage(FxRobot robot, Session session) throws TimeoutException {
        robot.interact(() -> {
            BatchStartViewModel model = new BatchStartViewModel(new BatchCalls(station.sequencer(), session, UseCaseRunner.fx()),
                    station.recipes().queries(), TestStation.dieInUse());
            model.offerCorrection(CorrectView.opener(LayoutLocator.classpathOnly(), station.review(), station.batchList(), ZoneOffset.UTC)
                    .apply(session));
            StackPane host = new StackPane();
            host.getStyleClass().add("lp-screen");
            host.getChildren().add(BatchStartView.load(LayoutLocator.classpathOnly(), model, host).root());
            Scene scene = new Scene(host, 1280, 700);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String name) throws Exception {
        findings.addAll(checks.check(stage.getScene(), "correct-" + name));
    }

    private static void typePin(FxRobot robot, String pin) throws TimeoutException {
        for (char c : pin.toCharArray()) {
            tap(robot, "#signPinPad #key" + c);
        }
    }

    /** Types a code on the text pad, switching between the letter and digit pages as needed. */
    private static void typeOnTextPad(FxRobot robot, String code) throws Exception {
        for (char c : code.toCharArray()) {
            boolean letters = fx(() -> robot.lookup("#textPad").queryAs(TextPad.class).lettersProperty().get());
            if (Character.isDigit(c) && letters || Character.isLetter(c) && !letters) {
                tap(robot, "#txtPage");
                letters = !letters;
            }
            tap(robot, "#textPad #" + (c == '-' ? letters ? "txtDash" : "txtDashDigits" : "txt" + c));
        }
    }

    /** Taps a value key, paging down with the ▼ key (no drag) until the whole key is in view. */
    private static void tapValue(FxRobot robot, String query) throws Exception {
        waitShowing(robot, query);
        for (int i = 0; i < 20 && !fx(() -> inView(robot, query)); i++) {
            tap(robot, "#correctDown");
        }
        assertTrue(fx(() -> inView(robot, query)), query + " never came into view");
        tap(robot, query);
    }

    private static boolean inView(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        Node scroll = robot.lookup("#correctScroll").query();
        return scroll.localToScene(scroll.getBoundsInLocal()).contains(n.localToScene(n.getBoundsInLocal()));
    }

    private static void waitShowing(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && !n.isDisabled() && n.getScene() != null).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void tap(FxRobot robot, String query) throws TimeoutException {
        waitShowing(robot, query);
        robot.clickOn(robot.lookup(query).<Node>query());
    }

    private static void choose(FxRobot robot, String text) throws TimeoutException {
        waitShowing(robot, ".lp-picker-overlay");
        robot.clickOn(robot.from(robot.lookup(".lp-picker-overlay").queryAll()).lookup(text).<Node>query());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
    }
}

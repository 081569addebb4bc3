package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.holdStart;
import static org.layerpress.ui.batch.RunViewTest.tap;
import static org.layerpress.ui.batch.RunViewTest.typeOnPad;
import static org.layerpress.ui.batch.RunViewTest.waitEnabled;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole batch on the simulated manual pump press, by taps on the real Run section under Monocle,
 * over OPC UA to the simulator, into the real H2 file: the test is the operator's arm on the pump
 * and the release valve (the simulator's training nodes {@code Sim.PumpStroke} and
 * {@code Sim.OpenReleaseValve}). A stroke adds 5 bar, 1.06 kN on the 52 mm ram: 7 strokes are in
 * the recipe's 90–110 MPa band in the 10 mm die, and the HMI starts the hold from the transducer.
 */
@ExtendWith(ApplicationExtension.class)
class ManualPressBatchByTapsTest {

    private static final ManualPumpPress.Settings PUMP = new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false);

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
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        if (station != null) {
            station.close();
        }
    }

    /** Holds Start, pumps into the band, and waits for the release step the hold's end brings. */
    private void pumpAndHold(FxRobot robot, RunView view, String pressTitle, int strokes, String releaseTitle) throws Exception {
        awaitStep(robot, pressTitle);
        holdStart(robot, view);
        station.pump(strokes);
        awaitStep(robot, releaseTitle);
    }

    /** Opens the release valve by the training node, waits for the load to go, then confirms the release. */
    private void openValveAndConfirm(FxRobot robot) throws Exception {
        station.port().command(StandardSignal.OPEN_RELEASE_VALVE);
        Eventually.waitUntil("force gone", () -> station.live().force().map(f -> f.kiloNewtons() < 0.1).orElse(false), station.live()::snapshot);
        tap(robot, "#confirmStep");
    }

    @Test
    void aBatchPumpedByHandRunsToCompleteByTapsWithTheHoldDetectedFromTheTransducer(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().manualPumpPress(PUMP).build();
        long recipe = station.approve(TestRecipes.twoLayersWithLotScan("Hand bilayer", MappingLoader.loadBundled("simulator.yaml").press(),
                Duration.ofSeconds(2)));
        RunView view = RunViewTest.show(robot, stage, new RunScreen(station), station, station.olga());

        RunViewTest.tapToFirstPress(robot, recipe);
        pumpAndHold(robot, view, "Press the electrolyte", 7, "Release after the electrolyte");
        openValveAndConfirm(robot);

        awaitStep(robot, "Scan the LGPS lot");
        robot.write("LGPS-815").type(KeyCode.ENTER);
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the protective layer");
        tap(robot, "#enterMass");
        typeOnPad(robot, "30");
        tap(robot, "#confirmStep");
        // The first stroke shuts the release valve the last release left open, and builds nothing.
        pumpAndHold(robot, view, "Press the stack", 8, "Release after the stack");
        openValveAndConfirm(robot);

        awaitStep(robot, "Eject");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Inspect");
        tap(robot, "#pass0");
        tap(robot, "#confirmStep");

        waitEnabled(robot, "#newBatch");
        String id = fx(() -> view.getViewModel().getBatch().batchId());
        assertEquals("COMPLETE", fx(() -> view.getViewModel().getEndModel().getOutcome().word()));
        BatchRun record = station.stored(id);
        assertEquals(BatchState.COMPLETE, record.state(), record::toString);
        for (int pressStep : List.of(4, 8)) {
            Map<String, String> press = record.step(pressStep).values();
            assertEquals(StepState.CONFIRMED, record.step(pressStep).state(), press.toString());
            assertEquals("true", press.get(StepResultCodec.MANUAL), press.toString());
            assertEquals("olga", press.get(StepResultCodec.PUMPED_BY));
            assertEquals("Olga Operator", press.get(StepResultCodec.PUMPED_BY_NAME));
            assertTrue(press.containsKey(StepResultCodec.HOLD_STARTED_AT), "the hold was detected from the transducer: " + press);
            assertTrue(station.sequencer().trace(id, pressStep).size() >= 80, "the transducer's trace is in the record");
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        station.review().exports().export(station.quinn(), id, ExportFormat.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Pumped by hand by Olga Operator (olga)"), text);
        }
    }
}

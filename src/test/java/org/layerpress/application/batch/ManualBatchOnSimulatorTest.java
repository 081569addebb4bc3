package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QualityFlagger;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepResult.Pressed;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * A batch pumped by hand on the simulated manual pump press ({@code plc-mapping/manual-pump.yaml})
 * over loopback, with the real H2 file: the test is the operator's arm, firing the training node
 * {@code pumpStroke} through the HMI's own adapter. The recipe presses at 100 ± 10 MPa in the 10 mm
 * die (7.07..8.64 kN); a stroke adds 5 bar, 1.06 kN on the 52 mm ram, so 7 strokes are in the band
 * and 9 are over it.
 */
class ManualBatchOnSimulatorTest {

    private static final Duration HOLD = Duration.ofSeconds(2);
    /**
     * The simulator's slow leak (0.1 %/s: 0.2 % over the hold, well inside the band), which also keeps
     * the transducer's value moving, as a real one's noise does, so samples keep arriving.
     */
    private static final ManualPumpPress.Settings PUMP = new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false);

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private Session olgaAtTheFirstPress() {
        station = TestStation.builder(dir).demoUsers().manualPumpPress(PUMP).build();
        // The recipe was written for an automatic press; the station's manual press can run it by hand.
        long recipe = station.approve(TestRecipes.twoLayers("Hand bilayer", MappingLoader.loadBundled("simulator.yaml").press(), HOLD, false));
        Session olga = station.olga();
        station.startAndLoad(olga, recipe, TestStation.DIE);
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        return olga;
    }

    private String batchId() {
        return station.sequencer().current().orElseThrow().batchId();
    }

    private void pump(int strokes) throws PressLinkException {
        station.pump(strokes);
    }

    /** Seven strokes, into the band: the hold counts. */
    private void pumpIntoTheHold() throws PressLinkException {
        pump(7);
        Eventually.waitUntil("the hold counts", () -> station.sequencer().manualProgress().map(ManualProgress::holding).orElse(false),
                () -> station.sequencer().manualProgress().toString());
    }

    private void release(Session olga, String id, int step) throws PressLinkException {
        station.port().command(StandardSignal.OPEN_RELEASE_VALVE);
        Eventually.waitUntil("force gone", () -> station.live().force().map(f -> f.kiloNewtons() < 0.1).orElse(false), station.live()::snapshot);
        station.sequencer().release(olga);
        awaitStepDone(id, step);
    }

    private void awaitStepDone(String id, int step) {
        Eventually.waitUntil("step " + step + " done", Duration.ofSeconds(30), () -> station.stored(id).step(step).state() != StepState.ACTIVE,
                () -> station.stored(id).step(step).values().toString());
    }

    @Test
    void aBatchPumpedByHandCompletesWithTheHoldDetectedFromTheTransducerAndTheTraceRecorded() throws Exception {
        Session olga = olgaAtTheFirstPress();
        String id = batchId();

        station.sequencer().startPress(olga);
        ManualProgress pumping = station.sequencer().manualProgress().orElseThrow();
        assertFalse(pumping.holding(), "the hold waits for the band");
        assertEquals(90, pumping.lowerMegaPascals(), 1e-9);
        pumpIntoTheHold();
        awaitStepDone(id, 4);

        BatchRun run = station.stored(id);
        Map<String, String> press = run.step(4).values();
        assertEquals(StepState.CONFIRMED, run.step(4).state(), press.toString());
        assertEquals("true", press.get(StepResultCodec.MANUAL));
        assertEquals("olga", press.get(StepResultCodec.PUMPED_BY), "who pumped");
        assertTrue(press.containsKey(StepResultCodec.HOLD_STARTED_AT), press.toString());
        Pressed pressed = StepResultCodec.pressed(press).orElseThrow(() -> new AssertionError(press.toString()));
        assertEquals(List.of(), pressed.findings());
        assertEquals(94.7, pressed.holdMeanMegaPascals(), 1.5, "7 strokes: 35 bar × 2124 mm² on the 10 mm die");
        List<TracePoint> trace = station.sequencer().trace(id, 4);
        // The trace spans the pumping and the whole 2 s hold by the samples' own source times. Counting samples
        // would measure the machine's load (a loaded runner delivers fewer than samplingMs 20 asks for), not the record.
        assertTrue(trace.size() >= 20, "the pumping and the hold are in the record: " + trace.size());
        Duration spanned = Duration.between(trace.get(0).sourceTime(), trace.get(trace.size() - 1).sourceTime());
        assertTrue(spanned.compareTo(Duration.ofSeconds(2)) >= 0, "the trace covers the hold: " + spanned);
        assertEquals(7 * 5 * 0.2124, trace.stream().mapToDouble(TracePoint::forceKiloNewtons).max().orElseThrow(), 0.05);
        assertTrue(station.sequencer().manualProgress().isEmpty(), "nothing is pumped after the hold");

        release(olga, id, 5);
        station.sequencer().loadLayer(olga, 30.2, "LOT-B", java.util.Optional.empty());
        station.sequencer().startPress(olga);
        pump(8);
        awaitStepDone(id, 7);
        release(olga, id, 8);
        station.sequencer().eject(olga);
        BatchRun done = station.sequencer().inspect(olga, Map.of("No cracks", true));

        assertEquals(BatchState.COMPLETE, done.state());
        assertEquals(StepState.CONFIRMED, station.stored(id).step(7).state(), station.stored(id).step(7).values().toString());
        assertEquals(List.of(), station.stored(id).alarms());
        List<QualityFlag> flags = QualityFlagger.flags(station.stored(id), step -> station.sequencer().trace(id, step));
        assertEquals(List.of(), flags, "no ramp deviation for a ramp pumped by hand");
    }

    @Test
    void pumpingPastTheBandRaisesAnAlarmAtOnceAndTheOverPressureFlag() throws Exception {
        Session olga = olgaAtTheFirstPress();
        String id = batchId();

        station.sequencer().startPress(olga);
        pump(9);
        Eventually.waitUntil("an over-pressure alarm while pumping", () -> !station.stored(id).alarms().isEmpty(), () -> station.stored(id).alarms());
        BatchAlarm alarm = station.stored(id).alarms().get(0);
        assertEquals(FindingKind.OVER_PRESSURE.name(), alarm.cause());
        assertEquals(AlarmPriority.HIGH, alarm.priority());
        assertTrue(alarm.message().contains("above the band's top of 110 MPa"), alarm.message());
        assertEquals(BatchState.RUNNING, station.stored(id).state(), "a warning, not a hold");
        awaitStepDone(id, 4);

        BatchRun run = deviatedAndFlagged(id, FindingKind.OVER_PRESSURE, FlagKind.OVER_PRESSURE);
        assertEquals(1, run.alarms().size(), "raised once, while pumping: " + run.alarms());
    }

    /** The first press step ended DEVIATED with {@code finding}, and the record's flags have {@code flag} on it. */
    private BatchRun deviatedAndFlagged(String id, FindingKind finding, FlagKind flag) {
        BatchRun run = station.stored(id);
        assertEquals(StepState.DEVIATED, run.step(4).state());
        Pressed pressed = StepResultCodec.pressed(run.step(4).values()).orElseThrow();
        assertTrue(pressed.findings().stream().anyMatch(f -> f.kind() == finding), pressed.toString());
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        assertTrue(flags.stream().anyMatch(f -> f.kind() == flag && f.step() == 4), flags.toString());
        String pdf = pdfText(id);
        assertTrue(pdf.contains("Pumped by hand by Olga Operator (olga)"), pdf);
        // The finding in words, in the deviations and among the quality flags of step 4.
        assertTrue(pdf.contains("4 09:00:00 station " + RecordWording.finding(finding)), pdf);
        assertTrue(pdf.contains("FLAG " + RecordWording.finding(finding) + " 4 "), pdf);
        return run;
    }

    /** The record's PDF as a reviewer exports it, its text on one line. */
    private String pdfText(String id) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        station.review().exports().export(station.quinn(), id, ExportFormat.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void lettingThePressureGoBeforeTheHoldIsOverEndsTheStepShortAndFlagsIt() throws Exception {
        Session olga = olgaAtTheFirstPress();
        String id = batchId();

        station.sequencer().startPress(olga);
        pumpIntoTheHold();
        station.port().command(StandardSignal.OPEN_RELEASE_VALVE);
        awaitStepDone(id, 4);

        deviatedAndFlagged(id, FindingKind.HOLD_SHORT, FlagKind.HOLD_SHORT);
        List<BatchEvent> holds = station.events(id).stream().filter(e -> e.kind() == BatchEventKind.HELD).toList();
        assertEquals(List.of(), holds, "no hold: the operator let go, the record says so");
    }
}

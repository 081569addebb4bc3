package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QualityFlagger;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * A whole batch on a manual pump press with a gauge only: the simulator serves
 * {@code plc-mapping/manual-pump-gauge.yaml} over loopback (heartbeat and alive counter, no force, no
 * oil pressure), the record is the real H2 file, and the test is the operator, typing the gauge's
 * readings in. The recipe presses at 100 ± 10 MPa in the 10 mm die: 7.07..8.64 kN, which on the
 * mapping's 52 mm ram (2124 mm²) is 33.3..40.7 bar on the dial, target 37.0 bar.
 */
class GaugeBatchOnSimulatorTest {

    private static final Duration HOLD = Duration.ofSeconds(2);
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
        station = TestStation.builder(dir).demoUsers().gaugePress(PUMP).build();
        long recipe = station.approve(TestRecipes.twoLayers("Gauge bilayer", MappingLoader.loadBundled("simulator.yaml").press(), HOLD, false));
        Session olga = station.olga();
        station.startAndLoad(olga, recipe, TestStation.DIE);
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        return olga;
    }

    private BatchSequencer sequencer() {
        return station.sequencer();
    }

    /** The hold of the step running now is over by the station's clock: the dial is read again. */
    private void awaitHoldOver() {
        Eventually.waitUntil("the hold is over", Duration.ofSeconds(10),
                () -> sequencer().gauge().progress().map(p -> p.stage() == GaugeProgress.Stage.READ_AT_HOLD_END).orElse(false),
                () -> sequencer().gauge().progress().toString());
    }

    private void pressByTheGauge(Session olga, double atStart, double atEnd) {
        sequencer().startPress(olga);
        sequencer().gauge().atHoldStart(olga, atStart);
        awaitHoldOver();
        sequencer().gauge().atHoldEnd(olga, atEnd);
    }

    @Test
    void aBatchReadOffTheGaugeCompletesWithBothReadingsAManualTraceAndTheHoldTheStationTimed() {
        Session olga = olgaAtTheFirstPress();
        String id = sequencer().current().orElseThrow().batchId();

        sequencer().startPress(olga);
        GaugeProgress pumping = sequencer().gauge().progress().orElseThrow();
        assertEquals(GaugeProgress.Stage.READ_AT_HOLD_START, pumping.stage());
        assertEquals("bar", pumping.unit());
        assertEquals(33.3, pumping.lower(), 0.05, "90 MPa on the 10 mm die is 7.07 kN, 33.3 bar on the 2124 mm² ram");
        assertEquals(40.7, pumping.upper(), 0.05);
        assertTrue(pumping.heldSeconds().isEmpty(), "no countdown before the reading");
        assertThrows(BatchRefusedException.class, () -> sequencer().gauge().atHoldEnd(olga, 37), "the hold is timed from the first reading");

        sequencer().gauge().atHoldStart(olga, 37);
        assertEquals(GaugeProgress.Stage.HOLDING, sequencer().gauge().progress().orElseThrow().stage(), "the countdown starts on the confirmation");
        String early = assertThrows(BatchRefusedException.class, () -> sequencer().gauge().atHoldEnd(olga, 36)).getMessage();
        assertTrue(early.contains("to go"), early);
        awaitHoldOver();
        sequencer().gauge().atHoldEnd(olga, 36);

        BatchRun run = station.stored(id);
        Map<String, String> press = run.step(4).values();
        assertEquals(StepState.CONFIRMED, run.step(4).state(), press.toString());
        assertEquals(GaugeValues.MANUAL, press.get(GaugeValues.TRACE));
        assertEquals("bar", press.get(GaugeValues.UNIT));
        assertEquals("37", press.get(GaugeValues.START));
        assertEquals("olga", press.get(GaugeValues.START + GaugeValues.BY));
        assertEquals("36", press.get(GaugeValues.END));
        assertEquals("olga", press.get(GaugeValues.END + GaugeValues.BY));
        assertTrue(Double.parseDouble(press.get(GaugeValues.HOLD_TIMED_S)) >= HOLD.toSeconds(), press.toString());
        assertTrue(StepResultCodec.pressed(press).isEmpty(), "no peak, mean or decay: nothing was measured");
        assertFalse(press.containsKey(StepResultCodec.HOLD_STARTED_AT), "no transducer's time");
        assertEquals(List.of(), sequencer().trace(id, 4), "no trace drawn as if measured");

        BatchRun released = sequencer().release(olga);
        assertEquals(StepState.CONFIRMED, released.step(5).state(), "the operator confirms the release valve open");
        assertEquals("olga", released.step(5).values().get(GaugeValues.RELEASE_VALVE_CONFIRMED_BY));
        sequencer().loadLayer(olga, 30.2, "LOT-B", Optional.empty());
        pressByTheGauge(olga, 38, 37);
        sequencer().release(olga);
        sequencer().eject(olga);
        BatchRun done = sequencer().inspect(olga, Map.of("No cracks", true));

        assertEquals(BatchState.COMPLETE, done.state());
        assertEquals(List.of(), QualityFlagger.flags(station.stored(id), step -> sequencer().trace(id, step)));
        String pdf = pdfText(id);
        assertTrue(pdf.contains("manual readings (gauge), no trace"), pdf);
        assertTrue(pdf.contains("gauge at the hold's start 37 bar, read by Olga Operator (olga) at"), pdf);
        assertTrue(pdf.contains("gauge at the hold's end 36 bar"), pdf);
    }

    @Test
    void aLowReadingAtTheHoldsEndEndsTheStepDeviatedAndFlagsTheHoldBelowTheBand() {
        Session olga = olgaAtTheFirstPress();
        String id = sequencer().current().orElseThrow().batchId();

        pressByTheGauge(olga, 37, 30);

        BatchRun run = station.stored(id);
        assertEquals(StepState.DEVIATED, run.step(4).state());
        assertEquals(List.of(FindingKind.BELOW_BAND), StepResultCodec.findingsOf(run.step(4).values()).stream().map(f -> f.kind()).toList());
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> sequencer().trace(id, step));
        assertEquals(List.of(FlagKind.UNDER_PRESSURE), flags.stream().map(QualityFlag::kind).toList(), flags.toString());
        assertTrue(flags.get(0).value().contains("30 bar"), flags.toString());
        assertEquals(BatchState.RUNNING, run.state(), "a deviation, not a hold");
    }

    @Test
    void aReadingAboveWhatThePressCanMakeIsRefusedAndNothingIsRecorded() {
        Session olga = olgaAtTheFirstPress();
        String id = sequencer().current().orElseThrow().batchId();
        sequencer().startPress(olga);
        int events = station.events(id).size();

        String why = assertThrows(BatchRefusedException.class, () -> sequencer().gauge().atHoldStart(olga, 3700)).getMessage();

        assertTrue(why.contains("above what this press can make"), why);
        assertEquals(events, station.events(id).size());
        assertEquals(GaugeProgress.Stage.READ_AT_HOLD_START, sequencer().gauge().progress().orElseThrow().stage());
    }

    private String pdfText(String id) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        station.review().exports().export(station.quinn(), id, ExportFormat.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

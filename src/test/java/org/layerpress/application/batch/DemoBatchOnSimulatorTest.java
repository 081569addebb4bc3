package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.QaSignOffUseCase;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.Witness;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.PdfPages;
import org.layerpress.testing.TestStation;

/**
 * The whole demo path with the demo people only, on the real sequencer and simulator: Olga runs a
 * batch whose weighing needs a witness, Oscar witnesses it, and a QA reviewer who had no hand in it
 * signs it off. A batch on the simulated press is training, and every form of its record says so.
 */
class DemoBatchOnSimulatorTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private void waitForStep(String batchId, int step, StepState state) {
        Eventually.waitUntil("step " + step + " " + state, () -> station.stored(batchId).step(step).state() == state, () -> station.sequencer().current());
    }

    private void pressAndRelease(Session s, String batchId, int pressStep) {
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        waitForStep(batchId, pressStep, StepState.CONFIRMED);
        station.sequencer().release(s);
        waitForStep(batchId, pressStep + 1, StepState.CONFIRMED);
    }

    /** Olga's witnessed batch, witnessed by {@code witness}, run to COMPLETE. */
    private String witnessedBatch(Witness witness) {
        long recipe = station.approvedRecipe("Witnessed bilayer", Duration.ofSeconds(1), true);
        Session olga = station.olga();
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        station.sequencer().loadLayer(olga, 60.5, "LOT-A", Optional.empty(), Optional.of(witness));
        pressAndRelease(olga, id, 4);
        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        pressAndRelease(olga, id, 7);
        station.sequencer().eject(olga);
        assertEquals(BatchState.COMPLETE, station.sequencer().inspect(olga, Map.of("No cracks", true)).state());
        return id;
    }

    @Test
    void theSecondDemoOperatorWitnessesAndADemoReviewerWhoTookNoPartSignsOff() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        String id = witnessedBatch(Witness.byLogin("oscar", Pin.of("555555")));
        assertEquals("oscar", station.stored(id).step(3).value("witness"));
        assertEquals("Oscar Second-Operator", station.stored(id).step(3).value("witness.name"));

        QaSignOffUseCase signOff = station.review().signOff();
        Session quinn = station.quinn();
        assertEquals(Optional.empty(), signOff.whyNotSignable(quinn, station.review().records().open(quinn, id)), "Quinn had no hand in it");
        BatchRecord signed = signOff.signOff(quinn, id, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "witnessed weighing in tolerance"));

        assertTrue(signed.locked());
        assertEquals("Quinn Reviewer", signed.review().orElseThrow().signature().printedName());
    }

    @Test
    void whenTheFirstReviewerWitnessedTheSecondSignsOff() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        String id = witnessedBatch(Witness.byLogin("quinn", Pin.of("222222")));
        QaSignOffUseCase signOff = station.review().signOff();

        assertThrows(AccessDeniedException.class, () -> signOff.signOff(station.quinn(), id, QaDecision.APPROVED,
                TestStation.signature("quinn", "222222", "witnessed it myself")));
        BatchRecord signed = signOff.signOff(station.rhea(), id, QaDecision.APPROVED, TestStation.signature("rhea", "666666", "checked"));

        assertTrue(signed.locked());
        assertEquals("Rhea Second-Reviewer", signed.review().orElseThrow().signature().printedName());
    }

    private static byte[] export(TestStation station, Session s, String id, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        station.review().exports().export(s, id, format, out);
        return out.toByteArray();
    }

    @Test
    void aBatchOnTheSimulatedPressIsMarkedTrainingInItsRecordTheListAndEveryExport() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        String id = witnessedBatch(Witness.byLogin("oscar", Pin.of("555555")));
        Session quinn = station.quinn();
        station.review().signOff().signOff(quinn, id, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "training run"));

        assertEquals("true", station.events(id).get(0).value(StartedValues.TRAINING), "decided at start, in the STARTED event");
        assertTrue(station.stored(id).training());
        BatchListRow row = station.batchList().list(quinn, BatchListFilter.all(10)).rows().get(0);
        assertEquals(id, row.batchId());
        assertTrue(row.training(), "the batch list knows without reading events");

        List<String> pages = PdfPages.texts(export(station, quinn, id, ExportFormat.PDF));
        assertTrue(pages.size() >= 2, "a whole record is more than a page: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("TRAINING — NOT PRODUCTION"), "page " + (i + 1) + ": " + pages.get(i));
        }
        String json = new String(export(station, quinn, id, ExportFormat.JSON), StandardCharsets.UTF_8);
        assertTrue(json.matches("(?s).*\"training\"\\s*:\\s*true.*"), json.substring(0, 400));
        List<String> csv = new String(export(station, quinn, id, ExportFormat.CSV), StandardCharsets.UTF_8).lines().toList();
        assertTrue(csv.get(0).endsWith(",training,seal,vessel_pressure_MPa,vessel_temperature_C"), csv.get(0));
        // A force sample leaves the vessel columns empty.
        assertTrue(csv.size() > 100 && csv.stream().skip(1).allMatch(l -> l.endsWith(",true,matches,,")), "every sample row says so");
    }

    @Test
    void theSameBatchOnAStationBuiltForProductionCarriesNoMark() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().training(false).build();
        String id = witnessedBatch(Witness.byLogin("oscar", Pin.of("555555")));
        Session quinn = station.quinn();

        assertEquals("", station.events(id).get(0).value(StartedValues.TRAINING));
        assertTrue(!station.batchList().list(quinn, BatchListFilter.all(10)).rows().get(0).training());
        for (String page : PdfPages.texts(export(station, quinn, id, ExportFormat.PDF))) {
            assertTrue(!page.contains("TRAINING"), page);
        }
        assertTrue(new String(export(station, quinn, id, ExportFormat.JSON), StandardCharsets.UTF_8).matches("(?s).*\"training\"\\s*:\\s*false.*"));
        assertTrue(new String(export(station, quinn, id, ExportFormat.CSV), StandardCharsets.UTF_8).lines().skip(1).allMatch(l -> l.endsWith(",false,matches,,")));
    }
}

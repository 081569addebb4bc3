package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/**
 * A batch pressed by the real sequencer on the real simulator, then reviewed: the operator who also
 * holds the QA role cannot sign it; another QA reviewer can, and the exports carry the real traces.
 */
class BatchReviewOnSimulatorTest {

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

    @Test
    void anOperatorWithTheQaRoleCannotSignTheBatchTheyRanAnotherReviewerCanAndTheExportsCarryItsTraces() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Fast bilayer", Duration.ofSeconds(2));
        Session ada = station.loginAs("ada", "999999");
        station.services().userAdministration().assignRoles(ada, new UserCommands.AssignRoles(station.userId("olga"),
                EnumSet.of(Role.OPERATOR, Role.QA), "covers QA on weekends"));
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        pressAndRelease(olga, id, 4);
        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        pressAndRelease(olga, id, 7);
        station.sequencer().eject(olga);
        assertEquals(BatchState.COMPLETE, station.sequencer().inspect(olga, Map.of("No cracks", true)).state());

        ReviewServices review = station.review();

        Session quinn = station.loginAs("quinn", "222222");
        BatchRecord record = review.records().open(quinn, id);
        assertEquals(List.of(4, 5, 7, 8), List.copyOf(record.traces().keySet()), "press and release steps");
        for (int step : new int[] {4, 7}) {
            List<TracePoint> trace = record.trace(step);
            assertEquals(station.sequencer().trace(id, step), trace);
            assertTrue(trace.size() > 50, "step " + step + ": " + trace.size());
        }
        assertTrue(record.flags().isEmpty(), "the stub flagger raises none yet");

        Session olgaAgain = station.olga();
        AccessDeniedException own = assertThrows(AccessDeniedException.class, () -> review.signOff().signOff(olgaAgain, id, QaDecision.APPROVED,
                new SignatureInput(Optional.of("olga"), Pin.of("111111"), "")));
        assertTrue(own.getMessage().contains("QA cannot sign a batch they operated"), own.getMessage());

        Session quinnAgain = station.loginAs("quinn", "222222");
        BatchRecord signed = review.signOff().signOff(quinnAgain, id, QaDecision.APPROVED,
                new SignatureInput(Optional.of("quinn"), Pin.of("222222"), "both presses in band"));
        assertTrue(signed.locked());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        review.exports().export(quinnAgain, id, ExportFormat.CSV, csv);
        int samples = record.traces().values().stream().mapToInt(List::size).sum();
        assertEquals(samples + 1, csv.toString(StandardCharsets.UTF_8).lines().count(), "a header and one row per sample");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        review.exports().export(quinnAgain, id, ExportFormat.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // The manifestation's facts, its time in the station's zone as every time on the report.
            assertTrue(text.contains(RecordWording.manifestation(signed.review().orElseThrow().signature(), station.zone())), text);
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), text);
            assertTrue(text.contains(signed.contentHash()), text);
        }
        assertEquals(2, station.auditCount("BATCH_EXPORTED", "quinn"));
    }
}

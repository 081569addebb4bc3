package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.ReviewRefusedException;
import org.layerpress.store.EvidenceSeals;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.PdfPages;
import org.layerpress.testing.TestStation;

/**
 * A batch record rewritten behind LayerPress (triggers dropped, a weighed mass changed) is found the
 * moment QA opens, signs, amends or exports it, not only by {@code audit verify}.
 */
class RecordSealCheckTest {

    private static final String BATCH = "B-20261125-0001";

    @TempDir
    Path dir;

    /** Records a completed batch, closes the station, rewrites the 60.4 mg weighing to 75.0 mg; returns the event's seq. */
    private String rewriteTheMass() throws Exception {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            BatchRecordBuilder.complete(station, "olga", BATCH);
        }
        int changed = EvidenceSealTest.tamper(dir, EvidenceSealTest.drop("batch_event_no_update"),
                "UPDATE batch_event SET values_json = REPLACE(values_json, '60.4', '75.0') WHERE batch_id = '" + BATCH
                        + "' AND values_json LIKE '%60.4%'",
                EvidenceSealTest.restore("batch_event_no_update", "UPDATE", "batch_event"));
        assertEquals(1, changed, "one event rewritten");
        try (TestStation station = TestStation.builder(dir).build()) {
            return station.column("SELECT seq FROM batch_event WHERE batch_id = '" + BATCH + "' AND values_json LIKE '%75.0%'").get(0);
        }
    }

    private static String warning(String seq) {
        return "This record does not match its seal (batch_event seq " + seq + " changed after it was sealed). "
                + "Do not sign it; tell the administrator.";
    }

    @Test
    void aRecordAsSealedMatchesAndMaySignedOff() {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            BatchRecordBuilder.complete(station, "olga", BATCH);
            BatchRecord record = station.review().records().open(station.quinn(), BATCH);
            assertTrue(record.matchesSeal(), record.sealDifferences().toString());
            assertEquals(Optional.empty(), station.review().signOff().whyNotSignable(station.quinn(), record));
            station.review().signOff().signOff(station.quinn(), BATCH, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "checked"));
            assertTrue(station.review().records().open(station.quinn(), BATCH).matchesSeal(), "the sign-off's own seal matches");
        }
    }

    @Test
    void openingARewrittenRecordNamesTheChangedEventInWords() throws Exception {
        String seq = rewriteTheMass();
        try (TestStation station = TestStation.builder(dir).build()) {
            BatchRecord record = station.review().records().open(station.quinn(), BATCH);
            assertFalse(record.matchesSeal());
            assertEquals(Optional.of(warning(seq)), record.sealWarning());
            assertEquals(Optional.of(warning(seq)), station.review().signOff().whyNotSignable(station.quinn(), record),
                    "the screen shows this where Approve and Reject would be");
        }
    }

    @Test
    void signOffOfARewrittenRecordIsRefusedNamingTheChangeAndNothingIsSealed() throws Exception {
        String seq = rewriteTheMass();
        try (TestStation station = TestStation.builder(dir).build()) {
            long seals = station.auditCount(EvidenceSeals.ACTION, "station");
            ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> station.review().signOff().signOff(station.quinn(), BATCH,
                    QaDecision.APPROVED, TestStation.signature("quinn", "222222", "looks fine")));
            assertTrue(e.getMessage().contains(BATCH + " cannot be signed off: " + warning(seq)), e.getMessage());
            assertTrue(station.review().records().open(station.quinn(), BATCH).review().isEmpty(), "no decision stored");
            assertEquals(seals, station.auditCount(EvidenceSeals.ACTION, "station"), "the changed rows were not sealed anew");
        }
    }

    @Test
    void anAmendmentOfARewrittenRecordIsRefused() throws Exception {
        String seq = rewriteTheMass();
        try (TestStation station = TestStation.builder(dir).build()) {
            ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> station.review().amendments().amend(station.olga(), BATCH,
                    8, "lot", "LOT-2", "typo", TestStation.signature("olga", "111111", "")));
            assertTrue(e.getMessage().contains(BATCH + " cannot be amended: " + warning(seq)), e.getMessage());
            assertTrue(station.review().records().open(station.quinn(), BATCH).amendments().isEmpty());
        }
    }

    @Test
    void everyExportOfARewrittenRecordCarriesTheMark() throws Exception {
        String seq = rewriteTheMass();
        try (TestStation station = TestStation.builder(dir).build()) {
            List<String> pages = PdfPages.texts(export(station, ExportFormat.PDF));
            assertTrue(pages.get(0).contains("DOES NOT MATCH ITS SEAL. " + warning(seq)), pages.get(0));
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(pages.get(i).contains("RECORD DOES NOT MATCH ITS SEAL"), "page " + (i + 1) + ": " + pages.get(i));
            }
            JsonNode json = new ObjectMapper().readTree(export(station, ExportFormat.JSON));
            assertFalse(json.get("seal").get("matches").asBoolean());
            assertEquals("DOES NOT MATCH ITS SEAL", json.get("seal").get("mark").asText());
            assertEquals("batch_event seq " + seq + " changed after it was sealed", json.get("seal").get("differences").get(0).asText());
            List<String> csv = new String(export(station, ExportFormat.CSV), StandardCharsets.UTF_8).lines().toList();
            // The seal column by its header (vessel columns follow it); trace rows hold no quoted commas.
            int seal = List.of(csv.get(0).split(",", -1)).indexOf("seal");
            assertTrue(seal > 0, csv.get(0));
            assertTrue(csv.size() > 1 && csv.stream().skip(1).allMatch(l -> "DOES NOT MATCH ITS SEAL".equals(l.split(",", -1)[seal])), csv.get(1));
        }
    }

    @Test
    void layerpressExportWritesTheMarkedRecordAndExitsOne() throws Exception {
        String seq = rewriteTheMass();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path file = dir.resolve("out.json");
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "export", "--batch", BATCH, "--json", file.toString(),
                "--data-dir", dir.toString());
        assertEquals(1, exit, out + "\n" + err);
        assertTrue(err.toString().contains(BATCH + " DOES NOT MATCH ITS SEAL: " + warning(seq)), err.toString());
        assertFalse(new ObjectMapper().readTree(Files.readString(file)).get("seal").get("matches").asBoolean());
    }

    private static byte[] export(TestStation station, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        station.review().exports().export(station.quinn(), BATCH, format, out);
        return out.toByteArray();
    }
}

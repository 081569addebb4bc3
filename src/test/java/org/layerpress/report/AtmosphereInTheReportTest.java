package org.layerpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.domain.batch.AtmosphereValues;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/**
 * The glovebox atmosphere a CHECK and a load recorded, in the PDF report in words (a level read and one
 * not read) and in the JSON export exactly as stored (real H2 store, real writers).
 */
class AtmosphereInTheReportTest {

    @Test
    void theReportSaysEachLevelWithItsTimeAndLimitsAndAGasNotReadWithItsReason(@TempDir Path dir) throws Exception {
        TestStation station = TestStation.builder(dir).demoUsers().build();
        try (station) {
            Instant read = station.clock().instant().plusSeconds(30);
            String id = "B-20261206-0004";
            BatchRecordBuilder.bilayer(id).by("olga").confirmValues(1, levels(read)).confirmValues(4, o2NotRead(read)).on(station).complete();
            BatchRecord record = station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED,
                    TestStation.signature("quinn", "222222", "checked"));
            String text;
            try (PDDocument pdf = Loader.loadPDF(ReportRecords.bytes(new PdfReportWriter(station.clock(), station.zone(), station.stores()::chainHead), record))) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            String at = RecordTimes.timeOfDay(read, station.zone());
            assertTrue(text.contains("glovebox Argon glovebox line 2: O2 0.04 ppm, H2O 0.08 ppm at " + at
                    + " (recipe limits O2 <= 0.1 ppm, H2O <= 0.1 ppm)"), text); // the report's font spells ≤ out
            assertTrue(text.contains("glovebox Argon glovebox line 2: O2 not read: glovebox link lost: connection refused, H2O 0.08 ppm at " + at
                    + " (recipe limits O2 <= 0.1 ppm, H2O <= 0.1 ppm)"), text);
            assertTrue(text.contains("weighed 60.4 mg; lot LPSCl-2611-07; glovebox Argon glovebox line 2: O2 not read"), "after the load's own values: " + text);

            JsonNode json = new ObjectMapper().readTree(ReportRecords.bytes(new JsonRecordWriter(), record));
            assertEquals("0.04", json.at("/steps/0/values/atmosphere.o2Ppm").asText());
            assertEquals(read.toString(), json.at("/steps/0/values/atmosphere.o2Ppm.at").asText());
            assertEquals("0.1", json.at("/steps/0/values/atmosphere.maxO2Ppm").asText());
            assertEquals("missing", json.at("/steps/3/values/atmosphere.o2Ppm").asText());
            assertEquals("glovebox link lost: connection refused", json.at("/steps/3/values/atmosphere.o2Ppm.missing").asText());
            assertTrue(json.at("/steps/3/values/atmosphere.o2Ppm.at").isMissingNode(), "a level not read has no time");
        }
    }

    private static Map<String, String> levels(Instant at) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(AtmosphereValues.GLOVEBOX, "Argon glovebox line 2");
        v.put(AtmosphereValues.O2_PPM, "0.04");
        v.put(AtmosphereValues.O2_PPM + AtmosphereValues.AT, at.toString());
        v.put(AtmosphereValues.H2O_PPM, "0.08");
        v.put(AtmosphereValues.H2O_PPM + AtmosphereValues.AT, at.toString());
        v.put(AtmosphereValues.MAX_O2_PPM, "0.1");
        v.put(AtmosphereValues.MAX_H2O_PPM, "0.1");
        return v;
    }

    private static Map<String, String> o2NotRead(Instant at) {
        Map<String, String> v = levels(at);
        v.put(AtmosphereValues.O2_PPM, AtmosphereValues.MISSING);
        v.remove(AtmosphereValues.O2_PPM + AtmosphereValues.AT);
        v.put(AtmosphereValues.O2_PPM + AtmosphereValues.MISSING_REASON, "glovebox link lost: connection refused");
        return v;
    }
}

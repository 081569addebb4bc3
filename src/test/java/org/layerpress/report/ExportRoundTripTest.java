package org.layerpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.signature.Signature;
import org.layerpress.testing.TestStation;

/** JSON and CSV exports of a signed record read back equal to the record. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripTest {

    BatchRecord record;

    @BeforeAll
    void signedBatch(@TempDir Path dir) {
        record = ReportRecords.signedBatch(TestStation.builder(dir).demoUsers().build(), "B-20261125-0001");
    }

    @Test
    void jsonReadsBackToTheRecordsValues() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportRecords.bytes(new JsonRecordWriter(), record));

        assertEquals(JsonRecordWriter.SCHEMA, json.get("schema").asText());
        assertEquals(record.batchId(), json.get("batchId").asText());
        assertEquals("COMPLETE", json.get("state").asText());
        assertEquals(record.contentHash(), json.get("contentSha256").asText());
        assertEquals(record.run().recipeHash(), json.at("/recipe/contentSha256").asText());
        assertEquals("D10-01", json.at("/die/id").asText());
        assertEquals(10.0, json.at("/die/boreMm").asDouble());

        assertEquals(record.events().size(), json.get("events").size());
        for (int i = 0; i < record.events().size(); i++) {
            BatchEvent e = record.events().get(i);
            JsonNode n = json.get("events").get(i);
            assertEquals(e.sequence(), n.get("sequence").asLong());
            assertEquals(e.at(), Instant.parse(n.get("at").asText()));
            assertEquals(e.kind().name(), n.get("kind").asText());
            assertEquals(e.actor(), n.get("actor").asText());
            Map<String, String> values = new ObjectMapper().convertValue(n.get("values"), new com.fasterxml.jackson.core.type.TypeReference<>() { });
            Map<String, String> expected = new java.util.TreeMap<>(e.values());
            expected.remove("recipe.yaml");
            assertEquals(expected, values, "event " + e.sequence());
        }
        assertEquals(record.events().get(0).value("recipe.yaml"), json.at("/recipe/controlRecipe").asText());

        assertEquals(12, json.get("steps").size());
        assertEquals("DEVIATED", json.at("/steps/7/state").asText());
        assertEquals("31.8", json.at("/steps/7/values/mass.mg").asText());

        assertEquals(record.traces().size(), json.get("traces").size());
        for (JsonNode t : json.get("traces")) {
            List<TracePoint> points = record.trace(t.get("step").asInt());
            assertEquals(points.size(), t.get("points").asInt());
            for (int i = 0; i < points.size(); i++) {
                assertEquals(points.get(i).sourceTime(), Instant.parse(t.get("sourceTime").get(i).asText()));
                assertEquals(points.get(i).forceKiloNewtons(), t.get("forceKn").get(i).asDouble(), 0.0, "exactly");
                assertEquals(points.get(i).positionMillimetres(), t.get("positionMm").get(i).asDouble(), 0.0);
            }
        }

        Amendment a = record.amendments().get(0);
        assertEquals(a.originalValue(), json.at("/amendments/0/originalValue").asText());
        assertEquals(a.correctedValue(), json.at("/amendments/0/correctedValue").asText());
        assertEquals("CORRECTED", json.at("/amendments/0/signature/meaning").asText());
        Signature s = record.review().orElseThrow().signature();
        assertEquals("APPROVED", json.at("/review/decision").asText());
        assertEquals(s.printedName(), json.at("/review/signature/printedName").asText());
        assertEquals(s.signedAt(), Instant.parse(json.at("/review/signature/signedAt").asText()));
        assertEquals(s.contentHash(), json.at("/review/signature/contentSha256").asText());
        assertEquals("A1", json.at("/alarms/0/id").asText());
        assertEquals("olga", json.at("/alarms/0/acknowledgedBy").asText());
    }

    @Test
    void csvReadsBackToEveryTraceSampleAtItsResolution() {
        String csv = new String(ReportRecords.bytes(new CsvTraceWriter(), record), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(CsvTraceWriter.HEADER, lines.get(0));
        assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
        double area = RecordTimeline.die(record).areaSquareMillimetres();
        int row = 1;
        for (Map.Entry<Integer, List<TracePoint>> t : record.traces().entrySet()) {
            for (TracePoint p : t.getValue()) {
                String[] cells = lines.get(row++).split(",", -1);
                assertEquals(9, cells.length);
                assertEquals("", cells[7] + cells[8], "a press step has no vessel values");
                assertEquals(t.getKey(), Integer.parseInt(cells[0]));
                assertEquals(p.sourceTime(), Instant.parse(cells[1]));
                assertTrue(cells[1].endsWith("Z"), "UTC: " + cells[1]);
                assertEquals(p.forceKiloNewtons(), Double.parseDouble(cells[2]), 0.0);
                assertEquals(p.forceKiloNewtons() * 1000 / area, Double.parseDouble(cells[3]), 0.0005, "pressure to 0.001 MPa");
                assertEquals(p.positionMillimetres(), Double.parseDouble(cells[4]), 0.0);
                assertEquals("false", cells[5], "a production record");
                assertEquals("matches", cells[6], "a record as it was sealed");
            }
        }
        assertEquals(row, lines.size(), "one row per sample, nothing else");
        assertEquals(360.0, Double.parseDouble(lines.get(361).split(",")[3]), 1.5, "36 s into the ramp: 360 MPa in the 10 mm die");
    }
}

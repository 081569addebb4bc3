package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** {@code layerpress export} on a real H2 file database with a crafted finished batch. */
class ExportCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run export(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path dataWithABatch() {
        Path data = dir.resolve("data");
        TestStation station = TestStation.builder(data).build();
        BatchRecordBuilder.complete(station, "olga", "B-20261125-0001");
        station.database().close();
        return data;
    }

    @Test
    void writesEachFormatAndExitsZero() throws Exception {
        Path data = dataWithABatch();
        Run pdf = export("--batch", "B-20261125-0001", "--pdf", dir.resolve("out/r.pdf").toString(), "--data-dir", data.toString());
        assertEquals(0, pdf.exit(), pdf.out() + pdf.err());
        assertTrue(pdf.out().contains("wrote") && pdf.out().contains("PDF of B-20261125-0001, COMPLETE, not signed off"), pdf.out());
        byte[] bytes = Files.readAllBytes(dir.resolve("out/r.pdf"));
        assertEquals("%PDF-", new String(bytes, 0, 5));

        Run csv = export("--batch", "B-20261125-0001", "--csv", dir.resolve("r.csv").toString(), "--data-dir", data.toString());
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(Files.readString(dir.resolve("r.csv")).startsWith("step,source_time_utc,force_kN,pressure_MPa,position_mm,training,seal,vessel_pressure_MPa,vessel_temperature_C\r\n"));

        Run json = export("--batch", "B-20261125-0001", "--json", dir.resolve("r.json").toString(), "--data-dir", data.toString());
        assertEquals(0, json.exit(), json.err());
        JsonNode node = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
        assertEquals("B-20261125-0001", node.get("batchId").asText());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left behind");
        }
    }

    @Test
    void anUnknownBatchExitsOneWithOneSentence() {
        Path data = dataWithABatch();
        Run r = export("--batch", "B-19990101-0009", "--json", dir.resolve("x.json").toString(), "--data-dir", data.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("export: there is no batch B-19990101-0009 in "), r.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void withoutADatabaseExitsTwoAndCreatesNone() {
        Run r = export("--batch", "B-20261125-0001", "--pdf", dir.resolve("x.pdf").toString(), "--data-dir", dir.resolve("empty").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("no database at"), r.err());
        assertFalse(Files.exists(dir.resolve("empty/layerpress.mv.db")));
    }

    @Test
    void exactlyOneFormatIsAsked() {
        Path data = dataWithABatch();
        Run both = export("--batch", "B-20261125-0001", "--pdf", "a.pdf", "--csv", "a.csv", "--data-dir", data.toString());
        assertEquals(2, both.exit(), "picocli's usage error: " + both.err());
        Run none = export("--batch", "B-20261125-0001", "--data-dir", data.toString());
        assertEquals(2, none.exit(), none.err());
    }
}

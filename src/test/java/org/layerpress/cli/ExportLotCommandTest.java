package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** {@code layerpress export --lot X --csv F} on a real H2 file: one row per layer loaded from the lot, exit codes as {@code --batch}'s. */
class ExportLotCommandTest {

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

    /** Two batches used LPSCl-A (the second in both layers, and signed off), one used another lot. */
    private Path data() {
        Path data = dir.resolve("data");
        try (TestStation station = TestStation.builder(data).demoUsers().build()) {
            BatchRecordBuilder.bilayer("B-20261125-0001").lot(3, "LPSCl-A").lot(7, "LGPS-A").startingAt(Instant.parse("2026-11-25T10:00:00Z"))
                    .on(station).complete();
            BatchRecordBuilder.bilayer("B-20261125-0002").lot(3, "LPSCl-B").lot(7, "LGPS-A").startingAt(Instant.parse("2026-11-25T11:00:00Z"))
                    .on(station).complete();
            BatchRecordBuilder.bilayer("B-20261125-0003").lot(3, "LPSCl-A").lot(7, "LPSCl-A").startingAt(Instant.parse("2026-11-25T12:00:00Z"))
                    .on(station).complete();
            station.review().signOff().signOff(station.quinn(), "B-20261125-0003", QaDecision.APPROVED, TestStation.signature("quinn", "222222", ""));
        }
        return data;
    }

    @Test
    void writesOneRowPerUseOfTheLotOldestFirstAndExitsZero() throws Exception {
        Path data = data();
        Path csv = dir.resolve("out/lot.csv");
        Run r = export("--lot", "lpscl-a", "--csv", csv.toString(), "--data-dir", data.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("3 layers in 2 batches"), r.out());
        List<String> lines = Files.readString(csv).lines().toList();
        assertEquals("batch_id,started_at_utc,recipe,recipe_version,step,layer,material,lot,mass_mg,operator,status,qa_decision,training", lines.get(0));
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("B-20261125-0001,2026-11-25T10:00:00Z,"), lines.get(1));
        assertTrue(lines.get(1).contains(",1,4,electrolyte,Li6PS5Cl,LPSCl-A,60.4,Olga Operator,COMPLETE,,false"), lines.get(1));
        assertTrue(lines.get(2).startsWith("B-20261125-0003,") && lines.get(2).contains(",4,electrolyte,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("B-20261125-0003,") && lines.get(3).contains(",8,protective,") && lines.get(3).contains(",APPROVED,"),
                lines.get(3));
        try (var files = Files.list(csv.getParent())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left behind");
        }
    }

    @Test
    void aLotNoBatchUsedExitsOneAndWritesNothing() {
        Path data = data();
        Run r = export("--lot", "LPSCl-Z", "--csv", dir.resolve("x.csv").toString(), "--data-dir", data.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("export: no batch in ") && r.err().contains("lot LPSCl-Z"), r.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void withoutADatabaseExitsTwoAndAPdfOrBothSelectorsAreRefused() {
        Run none = export("--lot", "L-1", "--csv", dir.resolve("x.csv").toString(), "--data-dir", dir.resolve("empty").toString());
        assertEquals(2, none.exit(), none.out() + none.err());
        Run pdf = export("--lot", "L-1", "--pdf", dir.resolve("x.pdf").toString(), "--data-dir", dir.resolve("empty").toString());
        assertEquals(2, pdf.exit(), pdf.out() + pdf.err());
        assertTrue(pdf.err().contains("--lot writes a CSV only"), pdf.err());
        Run both = export("--lot", "L-1", "--batch", "B-1", "--csv", dir.resolve("x.csv").toString());
        assertEquals(2, both.exit(), both.out() + both.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }
}

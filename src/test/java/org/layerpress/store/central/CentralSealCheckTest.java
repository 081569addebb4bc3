package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QaDecision;
import org.layerpress.cli.LayerPressCli;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/** Seals re-checked centrally: each sealed batch's central rows against its forwarded seal, with the station's own seal code. */
class CentralSealCheckTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** press-a: a signed-off batch and an aborted one, forwarded. */
    String forwarded() throws Exception {
        String url = pg.freshCentral();
        TestStation s = TestStation.builder(dir.resolve("a")).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(s);
        BatchRecordBuilder.complete(s, "olga", "B-20261125-0001");
        s.review().signOff().signOff(s.quinn(), "B-20261125-0001", QaDecision.APPROVED, TestStation.signature("quinn", "222222", "fine"));
        BatchRecordBuilder.aborted(s, "olga", "B-20261125-0002");
        CentralForwarder f = new CentralForwarder(s.database(), "press-a", pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        StationRecords.drain(f);
        return url;
    }

    @Test
    void everySealedBatchOfTheStationMatchesItsSealCentrally() throws Exception {
        String url = forwarded();
        CentralSealCheck.Result r = CentralSealCheck.verify(pg.link(url), "press-a");
        assertEquals(2, r.batchesChecked());
        assertTrue(r.intact(), r.findings().toString());

        Run run = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-a");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("central seals of station press-a intact: 2 sealed batches match their rows"), run.out());
        assertTrue(new CentralRecordReader(pg.link(url)).read("press-a", "B-20261125-0001").orElseThrow().matchesSeal());
    }

    @Test
    void aCentralRowChangedBySqlIsNamedByItsBatchesSealWhileTheChainStaysIntact() throws Exception {
        String url = forwarded();
        try (Connection c = pg.link(url).open(); Statement st = c.createStatement()) {
            // The guard refuses the change (central V3); an owner who switches it off is still found.
            st.execute("ALTER TABLE batch_event DISABLE TRIGGER batch_event_append_only");
            assertEquals(1, st.executeUpdate("UPDATE batch_event SET values_json = replace(values_json, '60.4', '61.0') "
                    + "WHERE station_id = 'press-a' AND batch_id = 'B-20261125-0001' AND values_json LIKE '%\"60.4\"%' "
                    + "AND seq = (SELECT MIN(seq) FROM batch_event WHERE station_id = 'press-a' AND batch_id = 'B-20261125-0001' "
                    + "AND values_json LIKE '%\"60.4\"%')"));
        }
        long seq;
        try (Connection c = pg.link(url).open(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT seq FROM batch_event WHERE station_id = 'press-a' AND batch_id = 'B-20261125-0001' "
                     + "AND values_json LIKE '%\"61.0\"%'")) {
            assertTrue(rs.next());
            seq = rs.getLong(1);
        }

        CentralSealCheck.Result r = CentralSealCheck.verify(pg.link(url), "press-a");
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertTrue(r.findings().get(0).startsWith("batch B-20261125-0001: batch_event seq=" + seq + ": content differs from its sealed hash (sealed in audit row #"),
                r.findings().get(0));

        Run run = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-a");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("central audit trail of station press-a intact"), "the audit rows were not touched: " + run.out());
        assertTrue(run.out().contains("central seals of station press-a BROKEN (2 sealed batches checked):"), run.out());
        assertTrue(run.out().contains("batch B-20261125-0001: batch_event seq=" + seq + ": content differs"), run.out());

        BatchRecord read = new CentralRecordReader(pg.link(url)).read("press-a", "B-20261125-0001").orElseThrow();
        assertFalse(read.matchesSeal(), "a record read from central is checked against its seal too");
        Run export = cli("export", "--central", url, "--central-user", "postgres", "--station", "press-a", "--batch", "B-20261125-0001",
                "--json", dir.resolve("out.json").toString());
        assertEquals(1, export.exit(), export.out() + export.err());
        assertTrue(export.err().contains(BatchRecord.SEAL_MARK), export.err());
        assertTrue(Files.exists(dir.resolve("out.json")), "written with the mark on it, as on the station");
    }

    @Test
    void aRunningBatchsCentralRowChangedBySqlIsNamedByItsNewestRunningSeal() throws Exception {
        String url = pg.freshCentral();
        TestStation s = TestStation.builder(dir.resolve("r")).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(s);
        String running = BatchRecordBuilder.running(s, "olga", "B-20261125-0003");
        CentralForwarder f = new CentralForwarder(s.database(), "press-r", pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        StationRecords.drain(f);
        CentralSealCheck.Result clean = CentralSealCheck.verify(pg.link(url), "press-r");
        assertEquals(1, clean.runningChecked(), "the running batch is checked against its newest running seal");
        assertTrue(clean.intact(), clean.findings().toString());
        Run intact = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-r");
        assertEquals(0, intact.exit(), intact.out() + intact.err());
        assertTrue(intact.out().contains("; 1 running batch matches its newest seal"), intact.out());

        long seq;
        try (Connection c = pg.link(url).open(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE batch_event DISABLE TRIGGER batch_event_append_only");
            try (var rs = st.executeQuery("SELECT MAX(seq) FROM batch_event WHERE station_id = 'press-r' AND batch_id = '" + running + "'")) {
                assertTrue(rs.next());
                seq = rs.getLong(1);
            }
            assertEquals(1, st.executeUpdate("UPDATE batch_event SET actor = 'mallory' WHERE station_id = 'press-r' AND batch_id = '"
                    + running + "' AND seq = " + seq));
        }

        CentralSealCheck.Result r = CentralSealCheck.verify(pg.link(url), "press-r");
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertTrue(r.findings().get(0).startsWith("batch_event seq=" + seq + " of running batch " + running
                + ": content differs from its sealed hash (sealed in audit row #"), r.findings().get(0));
        Run run = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-r");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("central seals of station press-r BROKEN (0 sealed batches checked; 1 running batch):"), run.out());
        assertTrue(run.out().contains("batch_event seq=" + seq + " of running batch " + running), run.out());
    }
}

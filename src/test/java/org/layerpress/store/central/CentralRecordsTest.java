package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QaDecision;
import org.layerpress.cli.LayerPressCli;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/** QA reading the central copy: two real H2 stations forward into one real PostgreSQL, read back as the station reads. */
class CentralRecordsTest {

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

    TestStation station(String name) {
        TestStation s = TestStation.builder(dir.resolve(name)).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(s);
        return s;
    }

    void forward(TestStation s, String id, String url) throws Exception {
        CentralForwarder f = new CentralForwarder(s.database(), id, pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        StationRecords.drain(f);
    }

    /** Two stations, each with its own B-20261125-0001 (ids repeat across stations); press-a's also signed off. */
    String twoStationsForwarded() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        BatchRecordBuilder.complete(a, "olga", "B-20261125-0001");
        a.review().signOff().signOff(a.quinn(), "B-20261125-0001", QaDecision.APPROVED, TestStation.signature("quinn", "222222", "fine"));
        BatchRecordBuilder.complete(a, "olga", "B-20261125-0002");
        BatchRecordBuilder.complete(b, "olga", "B-20261125-0001");
        forward(a, "press-a", url);
        forward(b, "press-b", url);
        stationsRead = List.of(a, b);
        return url;
    }

    List<TestStation> stationsRead;

    @Test
    void theListShowsBothStationsBatchesAndTheStationFilterNarrowsIt() throws Exception {
        String url = twoStationsForwarded();
        CentralBatchList list = new CentralBatchList(pg.link(url), ZoneId.of("UTC"));

        assertEquals(List.of("press-a", "press-b"), list.stations());
        CentralBatchList.Page all = list.list(Optional.empty(), BatchListFilter.all(50));
        assertEquals(3, all.rows().size(), all.toString());
        assertEquals(2, all.rows().stream().filter(r -> r.line().batchId().equals("B-20261125-0001")).count(),
                "the same batch id from two stations is two lines");

        CentralBatchList.Page onlyB = list.list(Optional.of("press-b"), BatchListFilter.all(50));
        assertEquals(1, onlyB.rows().size());
        assertEquals("press-b", onlyB.rows().get(0).station());
        assertFalse(onlyB.hasMore());

        CentralBatchList.Page pageOfOne = list.list(Optional.empty(), BatchListFilter.all(1));
        assertTrue(pageOfOne.hasMore());
    }

    @Test
    void theListFiltersByDecisionStatusAndLotAcrossStations() throws Exception {
        String url = twoStationsForwarded();
        CentralBatchList list = new CentralBatchList(pg.link(url), ZoneId.of("UTC"));
        BatchListFilter all = BatchListFilter.all(50);

        BatchListFilter approved = new BatchListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(QaDecision.APPROVED), false, 0, 50);
        List<CentralBatchList.Row> signed = list.list(Optional.empty(), approved).rows();
        assertEquals(1, signed.size());
        assertEquals("press-a", signed.get(0).station());
        assertEquals(QaDecision.APPROVED, signed.get(0).line().decision().orElseThrow());

        BatchListFilter undecided = new BatchListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, 0, 50);
        assertEquals(2, list.list(Optional.empty(), undecided).rows().size());
        assertEquals(1, list.list(Optional.of("press-a"), undecided).rows().size());

        BatchListFilter one = all.withFinding(Optional.of("B-20261125-0002"), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(List.of("press-a"), list.list(Optional.empty(), one).rows().stream().map(CentralBatchList.Row::station).toList());

        // Every batch here is the bilayer with its LPSCl lot (found by lot since station V23; CentralLotUseTest has more).
        assertEquals(3, list.list(Optional.empty(), BatchListFilter.ofLot("LPSCl-2611-07", 50)).rows().size());
    }

    @Test
    void aRecordReadFromCentralHasTheStationsContentHash() throws Exception {
        String url = twoStationsForwarded();
        CentralRecordReader central = new CentralRecordReader(pg.link(url));
        for (int i = 0; i < 2; i++) {
            TestStation s = stationsRead.get(i);
            String stationId = i == 0 ? "press-a" : "press-b";
            BatchRecord onStation = s.review().reader().existing("B-20261125-0001");
            BatchRecord fromCentral = central.read(stationId, "B-20261125-0001").orElseThrow();
            assertEquals(onStation.contentHash(), fromCentral.contentHash(), stationId);
            assertEquals(onStation.review().isPresent(), fromCentral.review().isPresent(), stationId);
        }
        assertEquals(QaDecision.APPROVED, central.read("press-a", "B-20261125-0001").orElseThrow().review().orElseThrow().decision());
        assertTrue(central.read("press-b", "B-20261125-0002").isEmpty(), "press-b never had a second batch");
    }

    @Test
    void exportWritesAPdfFromTheCentralCopy() throws Exception {
        String url = twoStationsForwarded();
        Path pdf = dir.resolve("out/central.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "export", "--central", url, "--central-user", "postgres",
                "--station", "press-b", "--batch", "B-20261125-0001", "--pdf", pdf.toString());
        assertEquals(0, exit, out + " " + err);
        assertTrue(out.toString().contains("from station press-b"), out.toString());
        assertTrue(out.toString().contains(stationsRead.get(1).review().reader().existing("B-20261125-0001").contentHash()), out.toString());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5));

        int missing = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "export", "--central", url, "--central-user", "postgres",
                "--station", "press-b", "--batch", "B-20261125-0002", "--pdf", dir.resolve("none.pdf").toString());
        assertEquals(1, missing);
        assertFalse(Files.exists(dir.resolve("none.pdf")));
    }
}

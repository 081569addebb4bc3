package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.LotUse;
import org.layerpress.cli.LayerPressCli;
import org.layerpress.report.LotUsesCsvWriter;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/** The powder lot lookup forwarded (station V23, central V3): the central list finds a lot or a material over two stations. */
class CentralLotUseTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
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
        TestStation s = TestStation.builder(dir.resolve(name)).clock(MutableClock.at(TestStation.START)).build();
        open.add(s);
        return s;
    }

    static void batch(TestStation station, String id, int hour, String electrolyteLot, String stackLot) {
        BatchRecordBuilder.bilayer(id).lot(3, electrolyteLot).lot(7, stackLot).startingAt(T0.plus(Duration.ofHours(hour))).on(station).complete();
    }

    void forward(TestStation s, String id, String url) throws Exception {
        CentralForwarder f = new CentralForwarder(s.database(), id, pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        StationRecords.drain(f);
    }

    /** press-a: B-1 (LPSCl-A, LGPS-A), B-2 (LPSCl-B, LGPS-A); press-b: B-1 (lpscl-a as scanned, LGPS-B), an hour later. */
    String twoStations() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        batch(a, "B-1", 0, "LPSCl-A", "LGPS-A");
        batch(a, "B-2", 2, "LPSCl-B", "LGPS-A");
        batch(b, "B-1", 1, "lpscl-a", "LGPS-B");
        forward(a, "press-a", url);
        forward(b, "press-b", url);
        return url;
    }

    static List<String> found(CentralBatchList list, Optional<String> station, BatchListFilter f) {
        return list.list(station, f).rows().stream().map(r -> r.station() + "/" + r.line().batchId()).toList();
    }

    @Test
    void theCentralListFindsALotOverBothStationsNewestFirstWithTheLayersItFilled() throws Exception {
        String url = twoStations();
        CentralBatchList list = new CentralBatchList(pg.link(url), ZoneOffset.UTC);

        assertEquals(List.of("press-b/B-1", "press-a/B-1"), found(list, Optional.empty(), BatchListFilter.ofLot("LPSCl-A", 50)),
                "the same lot on two stations, whatever its case on the label");
        assertEquals(List.of("press-b/B-1", "press-a/B-1"), found(list, Optional.empty(), BatchListFilter.ofLot("LPSCL-A", 50)),
                "typed in capitals on the glove pad");
        assertEquals(List.of("press-a/B-2", "press-a/B-1"), found(list, Optional.empty(), BatchListFilter.ofLot("LGPS-A", 50)));
        assertEquals(List.of("press-b/B-1"), found(list, Optional.of("press-b"), BatchListFilter.ofLot("LPSCl-A", 50)));
        assertEquals(List.of(), found(list, Optional.empty(), BatchListFilter.ofLot("LPSCl", 50)), "the exact code, not a part of it");

        CentralBatchList.Row line = list.list(Optional.of("press-a"), BatchListFilter.ofLot("LGPS-A", 50)).rows().get(0);
        assertEquals(List.of(8), line.line().uses().stream().map(LotUse::step).toList(), "the line names the layer the lot filled");
        assertEquals("LGPS-A", line.line().uses().get(0).lot());
    }

    @Test
    void theMaterialPickerOffersWhatOccursAndItsFilterFindsEveryStationsBatches() throws Exception {
        String url = twoStations();
        CentralBatchList list = new CentralBatchList(pg.link(url), ZoneOffset.UTC);
        List<String> materials = new CentralLotUses(pg.link(url)).materials();
        assertEquals(2, materials.size(), materials.toString());
        BatchListFilter byMaterial = BatchListFilter.all(50).withFinding(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(materials.get(0)));
        assertEquals(3, found(list, Optional.empty(), byMaterial).size());
        assertEquals(List.of(materials.get(0)), list.list(Optional.of("press-b"), byMaterial).rows().get(0).line().uses().stream()
                .map(LotUse::material).toList());
        assertEquals(List.of(BatchRecordBuilder.DIE), list.dieIds());
    }

    @Test
    void exportOfALotFromCentralNamesEachRowsStation() throws Exception {
        String url = twoStations();
        Path csv = dir.resolve("lot.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "export", "--central", url, "--central-user", "postgres",
                "--lot", "LPSCl-A", "--csv", csv.toString());
        assertEquals(0, exit, out + " " + err);
        assertTrue(out.toString().contains("2 layers in 2 batches of 2 stations"), out.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("station," + LotUsesCsvWriter.HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("press-a,B-1,2026-11-25T10:00:00Z,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("press-b,B-1,2026-11-25T11:00:00Z,"), lines.get(2));
        assertTrue(lines.get(2).contains(",lpscl-a,"), "the lot as its label printed it: " + lines.get(2));

        int none = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "export", "--central", url, "--central-user", "postgres",
                "--lot", "NO-SUCH-LOT", "--csv", dir.resolve("none.csv").toString());
        assertEquals(1, none);
    }

    @Test
    void layersRecordedBeforeV23AreQueuedByTheMigrationAndForwarded() throws Exception {
        Path folder = dir.resolve("old");
        Files.createDirectories(folder);
        JdbcDataSource old = new JdbcDataSource();
        old.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("layerpress") + ";WRITE_DELAY=0");
        old.setUser("layerpress");
        old.setPassword("");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("22").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO batch (batch_id, recipe_label, operator, die_id, started_at, state) VALUES "
                    + "('B-OLD-1', 'Bilayer v2', 'olga', 'D10-01', TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00Z', 'COMPLETE')");
            s.executeUpdate("INSERT INTO batch_lot_use (batch_id, step, lot, material, layer, mass_mg, started_at) VALUES "
                    + "('B-OLD-1', 4, 'LOT-9', 'Li6PS5Cl', 'electrolyte', '60.4', TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00Z')");
        }
        TestStation s = TestStation.builder(folder).clock(MutableClock.at(TestStation.START)).build();
        open.add(s);
        String url = pg.freshCentral();
        forward(s, "press-old", url);

        CentralBatchList list = new CentralBatchList(pg.link(url), ZoneOffset.UTC);
        assertEquals(List.of("press-old/B-OLD-1"), found(list, Optional.empty(), BatchListFilter.ofLot("lot-9", 50)));
        assertEquals(List.of("Li6PS5Cl"), new CentralLotUses(pg.link(url)).materials());
    }
}

package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.LotUse;
import org.layerpress.application.review.LotUseLine;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** Finding records by lot, material and die on a real H2 file: the V22 lookup, its index, and batches recorded before it. */
class BatchLotUseTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    static String batch(TestStation station, String id, int hour, String electrolyteLot, String stackLot) {
        return BatchRecordBuilder.bilayer(id).lot(3, electrolyteLot).lot(7, stackLot).startingAt(T0.plus(Duration.ofHours(hour)))
                .on(station).complete();
    }

    static List<String> ids(TestStation station, BatchListFilter f) {
        return station.transactions().inTransaction(() -> station.stores().batchList().list(f)).rows().stream().map(BatchListRow::batchId).toList();
    }

    @Test
    void aLotFindsExactlyTheBatchesThatLoadedALayerFromItNewestFirstWithTheStep() {
        try (TestStation station = TestStation.builder(dir).build()) {
            batch(station, "B-20261124-0001", 0, "LPSCl-A", "LGPS-A");
            batch(station, "B-20261124-0002", 1, "LPSCl-B", "LGPS-A");
            batch(station, "B-20261124-0003", 2, "LPSCl-A", "LGPS-B");
            batch(station, "B-20261124-0004", 3, "LPSCl-A", "LPSCl-A");

            assertEquals(List.of("B-20261124-0004", "B-20261124-0003", "B-20261124-0001"), ids(station, BatchListFilter.ofLot("LPSCl-A", 50)));
            assertEquals(List.of("B-20261124-0002", "B-20261124-0001"), ids(station, BatchListFilter.ofLot("LGPS-A", 50)));
            assertEquals(List.of(), ids(station, BatchListFilter.ofLot("LPSCl", 50)), "the exact code, not a part of it");
            assertEquals(3, ids(station, BatchListFilter.ofLot("LPSCL-A", 50)).size(), "typed in capitals on the glove pad");

            List<BatchListRow> rows = station.transactions().inTransaction(() -> station.stores().batchList().list(BatchListFilter.ofLot("LPSCl-A", 50))).rows();
            // The fourth batch used the lot in both layers: one line, both steps named.
            assertEquals(List.of(4, 8), rows.get(0).uses().stream().map(LotUse::step).toList());
            assertEquals(List.of(4), rows.get(1).uses().stream().map(LotUse::step).toList());
            assertTrue(rows.get(1).uses().get(0).words().startsWith("step 4, layer "), rows.get(1).uses().get(0).words());
        }
    }

    @Test
    void usesOfALotCarryWhatTheExportPrintsOldestFirst() {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            batch(station, "B-20261124-0001", 0, "LPSCl-A", "LGPS-A");
            batch(station, "B-20261124-0002", 1, "LPSCl-A", "LPSCl-A");
            List<LotUseLine> uses = station.batchList().usesOfLot(station.quinn(), "LPSCl-A");
            assertEquals(List.of("B-20261124-0001/4", "B-20261124-0002/4", "B-20261124-0002/8"),
                    uses.stream().map(u -> u.batchId() + "/" + u.use().step()).toList());
            LotUseLine first = uses.get(0);
            assertEquals("60.4", first.massMg());
            assertEquals(BatchState.COMPLETE, first.state());
            assertEquals(Optional.empty(), first.decision());
            assertEquals("1", first.recipeVersion());
            assertFalse(first.use().material().isBlank());
        }
    }

    @Test
    void materialAndDieFiltersListTheirBatchesAndOfferOnlyValuesThatOccur() {
        try (TestStation station = TestStation.builder(dir).build()) {
            batch(station, "B-20261124-0001", 0, "LPSCl-A", "LGPS-A");
            batch(station, "B-20261124-0002", 1, "LPSCl-B", "LGPS-B");
            List<String> materials = station.transactions().inTransaction(() -> station.stores().batchList().materials());
            assertEquals(2, materials.size(), materials.toString());
            BatchListFilter byMaterial = BatchListFilter.all(50).withFinding(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(materials.get(0)));
            assertEquals(List.of("B-20261124-0002", "B-20261124-0001"), ids(station, byMaterial));
            assertEquals(List.of(BatchRecordBuilder.DIE), station.transactions().inTransaction(() -> station.stores().batchList().dieIds()));
            assertEquals(2, ids(station, BatchListFilter.all(50).withFinding(Optional.empty(), Optional.empty(), Optional.of(BatchRecordBuilder.DIE),
                    Optional.empty())).size());
            assertEquals(List.of(), ids(station, BatchListFilter.all(50).withFinding(Optional.empty(), Optional.empty(), Optional.of("D13-01"),
                    Optional.empty())));
            assertEquals(List.of("B-20261124-0001"), ids(station, BatchListFilter.all(50).withFinding(Optional.of("B-20261124-0001"),
                    Optional.empty(), Optional.empty(), Optional.empty())));
        }
    }

    @Test
    void theLotMaterialAndDieFiltersReadTheirPageOffAnIndexWithoutEvents() {
        try (TestStation station = TestStation.builder(dir).build()) {
            List<BatchListFilter> filters = List.of(BatchListFilter.ofLot("L-1", 4),
                    BatchListFilter.all(4).withFinding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Li6PS5Cl")),
                    BatchListFilter.all(4).withFinding(Optional.empty(), Optional.empty(), Optional.of("D10-01"), Optional.empty()));
            for (BatchListFilter f : filters) {
                String plan = station.transactions().inTransaction(() -> station.stores().batchList().plan(f));
                assertTrue(plan.contains("index sorted"), f + "\n" + plan);
                assertFalse(plan.contains("BATCH_EVENT"), "never reads events: " + plan);
            }
        }
    }

    @Test
    void aLotUseIsAppendOnly() {
        try (TestStation station = TestStation.builder(dir).build()) {
            batch(station, "B-20261124-0001", 0, "LPSCl-A", "LGPS-A");
            assertThrows(SQLException.class, () -> station.sql("UPDATE batch_lot_use SET lot = 'OTHER' WHERE batch_id = 'B-20261124-0001'"));
            assertThrows(SQLException.class, () -> station.sql("DELETE FROM batch_lot_use"));
            assertEquals(2, ids(station, BatchListFilter.ofLot("LPSCl-A", 50)).size() + ids(station, BatchListFilter.ofLot("LGPS-A", 50)).size());
        }
    }

    @Test
    void layersRecordedBeforeTheLookupAreFoundAfterTheUpgrade() throws Exception {
        JdbcDataSource old = new JdbcDataSource();
        old.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("layerpress") + ";WRITE_DELAY=0");
        old.setUser("layerpress");
        old.setPassword("");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("18").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO batch (batch_id, recipe_label, operator, die_id, started_at, state) VALUES "
                    + "('B-OLD-1', 'Bilayer v2', 'olga', 'D10-01', TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00Z', 'COMPLETE')");
            event(c, 1, "STEP_CONFIRMED", 3, Map.of("scan.target", "POWDER_LOT", "scan.code", "LOT-9"));
            event(c, 2, "STEP_CONFIRMED", 4, Map.of("layer", "electrolyte", "material", "Li6PS5Cl", "mass.mg", "60.4", "target.mg", "60",
                    "tolerance.mg", "2", "lot", "LOT-9"));
            event(c, 3, "STEP_VALUE", 5, Map.of("lot", "NOT-A-LAYER"));
        }
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT batch_id, step, lot, material, layer, mass_mg FROM batch_lot_use")) {
            assertTrue(rs.next());
            assertEquals("B-OLD-1 4 LOT-9 Li6PS5Cl electrolyte 60.4", rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " "
                    + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(6));
            assertFalse(rs.next(), "only the layer step");
        }
    }

    private static void event(Connection c, int seq, String kind, int step, Map<String, String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_event (batch_id, seq, at_utc, kind, step, actor, values_json) "
                + "VALUES ('B-OLD-1', ?, TIMESTAMP WITH TIME ZONE '2026-11-01 08:01:00Z', ?, ?, 'olga', ?)")) {
            ps.setInt(1, seq);
            ps.setString(2, kind);
            ps.setInt(3, step);
            ps.setString(4, JdbcBatchEvents.encode(values, "a test event"));
            ps.executeUpdate();
        }
    }
}

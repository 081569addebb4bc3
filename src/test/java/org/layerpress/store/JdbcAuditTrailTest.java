package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.domain.audit.AuditChain;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

class JdbcAuditTrailTest {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00.123456789Z");

    @TempDir
    Path dir;
    TestStation station;
    /** Rows a new database already has: the SEALING_BEGUN rows of the kinds sealed at every change (settings, running batches). */
    long base;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).build();
        base = station.transactions().inTransaction(station.stores().audit()::count);
    }

    @AfterEach
    void close() {
        station.close();
    }

    /** Ten rows a minute apart: actors anna/bert alternate, entities BATCH B-1 (rows 1–5) and B-2 (6–10). */
    void appendTen() {
        for (int i = 1; i <= 10; i++) {
            StoreRows.appendInOwnTransaction(station, StoreRows.entry(T0.plus(Duration.ofMinutes(i)), i % 2 == 1 ? "anna" : "bert",
                    "STEP_CONFIRMED", "BATCH", i <= 5 ? "B-1" : "B-2", "step " + i));
        }
    }

    ChainCheck verify() {
        return station.transactions().inTransaction(station.stores().audit()::verify);
    }

    List<AuditRecord> find(AuditFilter filter) {
        return station.transactions().inTransaction(() -> station.stores().audit().find(filter));
    }

    /** Sequences of the rows {@link #appendTen} wrote, counted from 1 for its first. */
    List<Long> seqs(int... tenths) {
        return java.util.Arrays.stream(tenths).mapToObj(i -> base + i).toList();
    }

    static List<Long> sequences(List<AuditRecord> records) {
        return records.stream().map(AuditRecord::sequence).toList();
    }

    @Test
    void appendChainsEachRowToThePreviousOne() {
        String head = find(AuditFilter.latest(1)).stream().map(AuditRecord::hash).findFirst().orElse(AuditChain.GENESIS);
        AuditRecord first = station.transactions().inTransaction(() -> station.stores().audit().append(StoreRows.entry(T0, "anna", "LOGIN", "", "", "")));
        AuditRecord second = station.transactions().inTransaction(() -> station.stores().audit().append(StoreRows.entry(T0.plusSeconds(1), "anna", "LOGOUT", "", "", "")));
        assertEquals(base + 1, first.sequence());
        assertEquals(head, first.previousHash());
        assertEquals(AuditChain.hashOf(base + 1, first.entry(), head), first.hash());
        assertEquals(base + 2, second.sequence());
        assertEquals(first.hash(), second.previousHash());
        assertTrue(second.hashMatches());
        assertEquals(List.of(second, first), find(AuditFilter.latest(2)), "stored exactly as returned, newest first");
    }

    @Test
    void storedRowsReadBackExactlyAsHashedIncludingNanosecondsAndUnicode() {
        AuditEntry e = new AuditEntry(T0, 3, "anna", "DEVIATION_NOTED", "BATCH", "B-1", "",
                "Druck 360 MPa → 355 MPa; «Matrize» 10 mm | ok", "länger gehalten\nzweite Zeile");
        AuditRecord appended = station.transactions().inTransaction(() -> station.stores().audit().append(e));
        AuditRecord read = find(AuditFilter.latest(1)).get(0);
        assertEquals(appended, read);
        assertEquals(123_456_789, read.entry().at().getNano());
        assertTrue(read.hashMatches());
    }

    @Test
    void findFiltersByActorNewestFirstWithinTheLimit() {
        appendTen();
        AuditFilter anna = new AuditFilter(Optional.of("anna"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 3);
        assertEquals(seqs(9, 7, 5), sequences(find(anna)));
    }

    @Test
    void findFiltersByEntity() {
        appendTen();
        AuditFilter b1 = new AuditFilter(Optional.empty(), Optional.of("BATCH"), Optional.of("B-1"), Optional.empty(), Optional.empty(), 100);
        assertEquals(seqs(5, 4, 3, 2, 1), sequences(find(b1)));
        AuditFilter bertOnB2 = new AuditFilter(Optional.of("bert"), Optional.of("BATCH"), Optional.of("B-2"), Optional.empty(), Optional.empty(), 100);
        assertEquals(seqs(10, 8, 6), sequences(find(bertOnB2)));
    }

    @Test
    void findFiltersByTimeRangeFromInclusiveToExclusive() {
        appendTen();
        AuditFilter range = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(T0.plus(Duration.ofMinutes(3))), Optional.of(T0.plus(Duration.ofMinutes(6))), 100);
        assertEquals(seqs(5, 4, 3), sequences(find(range)));
    }

    @Test
    void updateThroughJdbcIsRefusedByTheDatabase() {
        appendTen();
        SQLException e = assertThrows(SQLException.class, () -> station.sql("UPDATE audit_event SET new_value = 'forged' WHERE seq = " + (base + 3)));
        assertTrue(e.getMessage().contains("audit_event table is append-only"), e.getMessage());
        assertEquals("step 3", find(AuditFilter.latest(10)).get(7).entry().newValue());
    }

    @Test
    void deleteAndTruncateThroughJdbcAreRefusedByTheDatabase() {
        appendTen();
        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM audit_event WHERE seq = 3"));
        assertTrue(delete.getMessage().contains("DELETE on audit_event refused"), delete.getMessage());
        DatabaseRefusals.truncateRefused(station, "audit_event");
        assertEquals(base + 10, station.transactions().inTransaction(station.stores().audit()::count));
    }

    @Test
    void theDatabaseStillRefusesChangesAfterReopening() {
        appendTen();
        station.close();
        station = TestStation.builder(dir).build();
        SQLException e = assertThrows(SQLException.class, () -> station.sql("UPDATE audit_event SET reason = 'later' WHERE seq = 1"));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }

    @Test
    void verifyPassesOnAnIntactTrailLongerThanOnePage() {
        station.transactions().inTransaction(() -> {
            for (int i = 0; i < JdbcAuditTrail.VERIFY_PAGE * 2 + 5; i++) {
                station.stores().audit().append(StoreRows.entry(T0.plusMillis(i), "anna", "SAMPLE", "BATCH", "B-1", Integer.toString(i)));
            }
            return null;
        });
        ChainCheck check = verify();
        assertTrue(check.intact(), check.problem());
        assertEquals(base + JdbcAuditTrail.VERIFY_PAGE * 2 + 5, check.rowsChecked());
    }

    @Test
    void verifyOfANewDatabasesTrailIsIntact() {
        ChainCheck check = verify();
        assertTrue(check.intact(), check.problem());
        assertEquals(base, check.rowsChecked());
    }

    @Test
    void verifyNamesExactlyTheRowWhoseValueWasChangedBehindTheTriggersBack() throws SQLException {
        appendTen();
        station.sql("DROP TRIGGER audit_event_no_update");
        assertEquals(1, station.sql("UPDATE audit_event SET new_value = 'step 7, but forged' WHERE seq = " + (base + 7)));
        ChainCheck check = verify();
        assertEquals(Optional.of(base + 7), check.firstBrokenSequence());
        assertEquals("hash does not match content", check.problem());
        assertEquals(base + 7, check.rowsChecked());
    }

    @Test
    void verifyReportsADeletedMiddleRowAsAGapAfterItsPredecessor() throws SQLException {
        appendTen();
        station.sql("DROP TRIGGER audit_event_no_delete");
        assertEquals(1, station.sql("DELETE FROM audit_event WHERE seq = " + (base + 5)));
        ChainCheck check = verify();
        assertEquals(Optional.of(base + 6), check.firstBrokenSequence());
        assertEquals("sequence gap after " + (base + 4) + " (row " + (base + 5) + " missing)", check.problem());
    }

    @Test
    void verifyReportsARowRehashedOntoAForgedPredecessorAsABrokenLink() throws SQLException {
        appendTen();
        station.sql("DROP TRIGGER audit_event_no_update");
        // A forger who recomputes row 4's own hash after editing it still breaks the link from row 5.
        AuditRecord row4 = find(AuditFilter.latest(10)).get(6);
        AuditEntry e = row4.entry();
        AuditEntry forged = new AuditEntry(e.at(), e.actorId(), e.actorLogin(), e.action(), e.entityType(), e.entityId(), e.oldValue(), "forged", e.reason());
        String forgedHash = AuditChain.hashOf(base + 4, forged, row4.previousHash());
        station.sql("UPDATE audit_event SET new_value = 'forged', hash = '" + forgedHash + "' WHERE seq = " + (base + 4));
        ChainCheck check = verify();
        assertEquals(Optional.of(base + 5), check.firstBrokenSequence());
        assertEquals("previous hash does not match row " + (base + 4), check.problem());
    }

    @Test
    void appendsFromSeveralThreadsFormOneUnbrokenChain() throws Exception {
        int threads = 4;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "user" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        // Two appends per transaction: the lock is re-entered, never deadlocked.
                        station.transactions().inTransaction(() -> {
                            station.stores().audit().append(StoreRows.entry(Instant.now(), actor, "A", "X", "1", ""));
                            return station.stores().audit().append(StoreRows.entry(Instant.now(), actor, "B", "X", "1", ""));
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ChainCheck check = verify();
        assertTrue(check.intact(), check.problem());
        assertEquals(base + threads * perThread * 2L, check.rowsChecked());
    }
}

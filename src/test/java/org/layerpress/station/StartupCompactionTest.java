package org.layerpress.station;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.store.StartupCompaction;
import org.layerpress.testing.TestStation;

/**
 * The start-up compaction on a real H2 file grown by many small durable commits (as a day of
 * pressing grows it: {@code REUSE_SPACE=FALSE} appends every commit).
 */
class StartupCompactionTest {

    @TempDir
    Path dir;

    long grown;

    @BeforeEach
    void growTheFile() {
        try (TestStation s = TestStation.builder(dir).demoUsers().build()) {
            for (int i = 1; i <= 150; i++) {
                AuditEntry e = new AuditEntry(Instant.parse(TestStation.START), 0, "station", "STEP_CONFIRMED", "batch", "B-1", "", "step " + i, "");
                s.transactions().inTransaction(() -> s.stores().audit().append(e));
            }
        }
        grown = size();
    }

    private long size() {
        return dir.resolve("layerpress.mv.db").toFile().length();
    }

    private Station start(long threshold) {
        return Station.builder(dir).press(MappingLoader.loadBundled("simulator.yaml")).dies(List.of(TestStation.DIE)).compactAbove(threshold).prepare(useCases -> { });
    }

    @Test
    void aFileLargerThanTheThresholdIsCompactedAtStartWithItsEvidenceIntactAndAudited() throws Exception {
        try (Station s = start(grown / 2)) {
            assertTrue(size() < grown / 2, "compacted from " + grown + " to " + size() + " bytes");
            assertEquals(List.of(), EvidenceCheck.full(s.stores().database()));
            assertTrue(s.stores().transactions().inTransaction(s.stores().audit()::verify).intact());
            List<String> said = audited(s, AuditActions.DATABASE_COMPACTED);
            assertEquals(1, said.size(), said.toString());
            assertTrue(said.get(0).startsWith("the record database was compacted from " + mbOf(grown) + " to "), said.get(0));
        }
    }

    @Test
    void aFileBelowTheThresholdIsLeftAlone() throws Exception {
        byte[] was = digest();

        StartupCompaction.Outcome o = StartupCompaction.ifLargerThan(dir, grown + 1, words -> { });

        assertInstanceOf(StartupCompaction.NotNeeded.class, o);
        assertArrayEquals(was, digest());
    }

    @Test
    void aDatabaseOpenElsewhereIsNotCompactedAndKeepsWorking() throws Exception {
        Object inode = Files.readAttributes(dir.resolve("layerpress.mv.db"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (Database open = Database.open(dir)) {
            StartupCompaction.Outcome o = StartupCompaction.ifLargerThan(dir, 0, words -> { });

            StartupCompaction.Failed failed = assertInstanceOf(StartupCompaction.Failed.class, o);
            assertTrue(failed.words().contains("could not be compacted and is left as it was"), failed.words());
            assertEquals(List.of(), EvidenceCheck.full(open));
        }
        assertEquals(inode, Files.readAttributes(dir.resolve("layerpress.mv.db"), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the open file was not replaced");
        assertFalse(Files.exists(dir.resolve("layerpress.compacting.mv.db")));
    }

    @Test
    void aCompactionThatCannotWriteItsCopyLeavesTheDatabaseAsItWasAndTheStationStarts() throws Exception {
        // Something in the way of the copy (the tests run as root, so a read-only folder would not stop a write):
        // a folder holding a file where the compacted copy is to be written.
        Path inTheWay = Files.createDirectories(dir.resolve("layerpress.compacting.mv.db"));
        Files.writeString(inTheWay.resolve("keep"), "x");
        byte[] was = digest();

        StartupCompaction.Outcome o = StartupCompaction.ifLargerThan(dir, 0, words -> { });

        assertInstanceOf(StartupCompaction.Failed.class, o);
        assertArrayEquals(was, digest(), "the database file is byte for byte as it was");
        try (Station s = start(0)) {
            assertEquals(List.of(), EvidenceCheck.full(s.stores().database()));
            List<String> said = audited(s, AuditActions.DATABASE_COMPACTION_FAILED);
            assertEquals(1, said.size(), said.toString());
            assertTrue(said.get(0).contains("could not be compacted and is left as it was"), said.get(0));
        }
    }

    /** The new values of the audit rows with this action, oldest first. */
    private static List<String> audited(Station s, String action) throws Exception {
        try (var c = s.stores().database().connection(); var ps = c.prepareStatement("SELECT new_value FROM audit_event WHERE action = ? ORDER BY seq")) {
            ps.setString(1, action);
            try (var rs = ps.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    private byte[] digest() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve("layerpress.mv.db")));
    }

    private static String mbOf(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}

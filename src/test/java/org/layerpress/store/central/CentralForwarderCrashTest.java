package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/**
 * A forwarder killed with SIGKILL in the middle of its rounds (no shutdown hook, no last write): the
 * cursor it left is never ahead of the central database, and a new forwarder sends the rest, none lost,
 * none twice.
 */
class CentralForwarderCrashTest {

    @TempDir
    Path dir;

    @Test
    void aForwarderKilledMidRoundLosesNothingAndDoublesNothing() throws Exception {
        try (CentralPostgres pg = new CentralPostgres()) {
            String url = pg.freshCentral();
            try (TestStation s = TestStation.builder(dir).clock(MutableClock.at(TestStation.START)).build()) {
                for (int i = 1; i <= 15; i++) {
                    StationRecords.batch(s, "B-" + i, 200);
                }
            }

            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    ForwardingChildMain.class.getName(), dir.toString(), url, "press-1")
                    .redirectErrorStream(true).redirectOutput(dir.resolveSibling(dir.getFileName() + "-child.log").toFile()).start();
            try {
                Eventually.waitUntil("the child has forwarded some rows", Duration.ofSeconds(60),
                        () -> centralRows(pg, url) > 20, () -> centralRows(pg, url));
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed");
            }
            long atKill = centralRows(pg, url);

            try (TestStation s = TestStation.builder(dir).clock(MutableClock.at(TestStation.START)).build()) {
                long cursor = cursor(s);
                Set<Long> sentBeforeCursor = auditSeqsQueuedUpTo(s, cursor);
                Set<Long> central = centralAuditSeqs(pg, url);
                assertTrue(central.containsAll(sentBeforeCursor), "the cursor (" + cursor + ") is never ahead of the central commit");

                CentralForwarder f = new CentralForwarder(s.database(), "press-1", pg.link(url), CentralForwarderTest.QUICK, s.clock());
                StationRecords.drain(f);
                f.close();
                assertEquals(StationRecords.onStation(s), StationRecords.central(pg.link(url), "press-1"), "none lost, none twice");
                assertTrue(CentralAuditCheck.verify(pg.link(url), "press-1").intact());
                assertTrue(centralRows(pg, url) > atKill, "the kill landed before the end: " + atKill + " rows then");
                System.out.println("central.crash: " + atKill + " rows forwarded before the kill, cursor " + cursor + ", "
                        + centralRows(pg, url) + " after the restart");
            }
        }
    }

    static long centralRows(CentralPostgres pg, String url) {
        return StationRecords.central(pg.link(url), "press-1").values().stream().mapToLong(Long::longValue).sum();
    }

    static long cursor(TestStation s) throws Exception {
        try (Connection c = s.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_seq FROM forward_cursor")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Set<Long> auditSeqsQueuedUpTo(TestStation s, long cursor) throws Exception {
        Set<Long> seqs = new HashSet<>();
        try (Connection c = s.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT k1 FROM forward_outbox WHERE table_name = 'audit_event' AND seq <= ?")) {
            ps.setLong(1, cursor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(Long.parseLong(rs.getString(1)));
                }
            }
        }
        return seqs;
    }

    static Set<Long> centralAuditSeqs(CentralPostgres pg, String url) throws Exception {
        List<Long> seqs = new ArrayList<>();
        try (Connection c = pg.link(url).open();
             PreparedStatement ps = c.prepareStatement("SELECT seq FROM audit_event WHERE station_id = 'press-1'")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        return new HashSet<>(seqs);
    }
}

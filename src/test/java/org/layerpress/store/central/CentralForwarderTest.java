package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/** Store and forward from real H2 station files to a real PostgreSQL (one server for the class, a database per test). */
class CentralForwarderTest {

    static CentralPostgres pg;
    static final CentralForwarder.Settings QUICK = new CentralForwarder.Settings(200, Duration.ofMillis(20), Duration.ZERO,
            Duration.ofMillis(50), Duration.ofMillis(200));

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

    TestStation station(String name, MutableClock clock) {
        TestStation s = TestStation.builder(dir.resolve(name)).clock(clock).build();
        open.add(s);
        return s;
    }

    CentralForwarder forwarder(TestStation s, String id, String url, CentralForwarder.Settings settings) {
        CentralForwarder f = new CentralForwarder(s.database(), id, pg.link(url), settings, s.clock());
        open.add(f);
        return f;
    }

    @Test
    void rowsSentTwiceLandOnceWhenTheCursorIsRolledBack() throws Exception {
        String url = pg.freshCentral();
        TestStation s = station("a", MutableClock.at(TestStation.START));
        StationRecords.batch(s, "B-1", 260);
        CentralForwarder f = forwarder(s, "press-1", url, QUICK);

        int first = StationRecords.drain(f);
        assertTrue(first > 0, "the first pass lands rows");
        assertEquals(StationRecords.onStation(s), StationRecords.central(pg.link(url), "press-1"));
        assertEquals(0, f.backlog().waiting());

        // A crash after the central commit and before the cursor's update: the cursor is behind.
        StationRecords.execute(s, "UPDATE forward_cursor SET last_seq = 0 WHERE id = 1");
        CentralForwarder.Round again = f.forwardOnce();
        assertTrue(again.read() > 0, "the rolled-back cursor sends rows again");
        int second = again.landed() + StationRecords.drain(f);

        assertEquals(0, second, "nothing lands twice");
        assertEquals(StationRecords.onStation(s), StationRecords.central(pg.link(url), "press-1"));
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-1").intact());
    }

    @Test
    void aHoleLeftByARolledBackWriteHoldsTheCursorOnlyForTheGraceTime() throws Exception {
        String url = pg.freshCentral();
        TestStation s = station("a", MutableClock.at(TestStation.START));
        StationRecords.batch(s, "B-1", 10);
        var batches = s.stores().batches();
        try {
            s.transactions().inTransaction(() -> {
                batches.append(new BatchEvent(0, "B-1", s.clock().instant(), BatchEventKind.STEP_ACTIVATED, 2, "olga", Map.of()));
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            // the write is undone; its outbox number stays unused
        }
        StationRecords.batch(s, "B-2", 10);
        AtomicLong nanos = new AtomicLong();
        CentralForwarder f = new CentralForwarder(s.database(), "press-1", pg.link(url),
                new CentralForwarder.Settings(500, Duration.ofMillis(20), Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofMillis(200)),
                s.clock(), nanos::get);
        open.add(f);

        CentralForwarder.Round held = f.forwardOnce();
        assertEquals(StationRecords.onStation(s), StationRecords.central(pg.link(url), "press-1"), "rows beyond the hole are sent at once");
        assertTrue(f.backlog().waiting() > 0, "the cursor waits at the hole");

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        CentralForwarder.Round passed = f.forwardOnce();
        assertTrue(passed.cursor() > held.cursor(), "past the grace time the cursor moves over the hole");
        assertEquals(0, f.backlog().waiting());
        assertEquals(0, passed.landed(), "the rows sent again land once");
    }

    @Test
    void theStationKeepsRecordingWhileCentralIsDownAndTheBacklogDrainsAfter() throws Exception {
        String url = pg.freshCentral();
        TestStation s = station("a", MutableClock.at(TestStation.START));
        CentralForwarder f = forwarder(s, "press-1", url, QUICK);
        f.start();
        StationRecords.batch(s, "B-1", 100);
        org.layerpress.testing.Eventually.waitUntil("the first batch is sent", () -> f.backlog().waiting() == 0
                && f.backlog().problem().isEmpty(), f::backlog);

        pg.stop();
        try {
            StationRecords.batch(s, "B-2", 300);
            org.layerpress.testing.Eventually.waitUntil("the forwarder sees central down", () -> f.backlog().problem().isPresent(), f::backlog);
            long during = f.backlog().waiting();
            StationRecords.batch(s, "B-3", 300);
            org.layerpress.testing.Eventually.waitUntil("the backlog grows", () -> f.backlog().waiting() > during, f::backlog);
            assertTrue(f.backlog().words().startsWith("central store unreachable; records waiting to send: "), f.backlog().words());
        } finally {
            pg.restart();
        }

        org.layerpress.testing.Eventually.waitUntil("the backlog drains", Duration.ofSeconds(60),
                () -> f.backlog().waiting() == 0 && f.backlog().problem().isEmpty(), f::backlog);
        assertEquals(StationRecords.onStation(s), StationRecords.central(pg.link(url), "press-1"));
        assertEquals("all records sent to central", f.backlog().words());
    }

    @Test
    void twoStationsForwardAtOnceIntoOneCentralDatabase() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a", MutableClock.at(TestStation.START));
        TestStation b = station("b", MutableClock.at(TestStation.START));
        CentralForwarder fa = forwarder(a, "press-a", url, QUICK);
        CentralForwarder fb = forwarder(b, "press-b", url, QUICK);
        fa.start();
        fb.start();

        Thread other = new Thread(() -> {
            for (int i = 1; i <= 3; i++) {
                StationRecords.batch(b, "B-" + i, 120);
            }
        });
        other.start();
        for (int i = 1; i <= 3; i++) {
            StationRecords.batch(a, "B-" + i, 120);
        }
        other.join();

        // The backlog figure is measured between rounds, so a 0 read just after the last commit may predate it:
        // wait for the central copies themselves, then for the figure.
        org.layerpress.testing.Eventually.waitUntil("both copied",
                () -> StationRecords.onStation(a).equals(StationRecords.central(pg.link(url), "press-a"))
                        && StationRecords.onStation(b).equals(StationRecords.central(pg.link(url), "press-b")),
                () -> StationRecords.central(pg.link(url), "press-a") + " / " + StationRecords.central(pg.link(url), "press-b"));
        org.layerpress.testing.Eventually.waitUntil("both drain", () -> fa.backlog().waiting() == 0 && fb.backlog().waiting() == 0,
                () -> fa.backlog() + " / " + fb.backlog());
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-a").intact());
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-b").intact());
    }

    @Test
    void aStationsRowsAreOrderedByItsOwnSequenceWhateverItsClockSays() throws Exception {
        String url = pg.freshCentral();
        MutableClock skewed = MutableClock.at(TestStation.START);
        skewed.advance(Duration.ofHours(-5));
        TestStation s = station("a", skewed);
        StationRecords.batch(s, "B-1", 60);
        skewed.advance(Duration.ofHours(-1)); // the station's clock is set back between two batches
        StationRecords.batch(s, "B-2", 60);
        CentralForwarder f = forwarder(s, "press-1", url, QUICK);
        StationRecords.drain(f);

        List<Long> seqs = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        try (Connection c = pg.link(url).open();
             PreparedStatement ps = c.prepareStatement("SELECT seq, at_utc FROM audit_event WHERE station_id = ? ORDER BY station_seq")) {
            ps.setString(1, "press-1");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    times.add(Instant.parse(rs.getString(2)));
                }
            }
        }
        assertFalse(seqs.isEmpty());
        assertEquals(seqs.stream().sorted().toList(), seqs, "the station sequence orders the audit rows");
        assertNotEquals(times.stream().sorted().toList(), times, "the station's clock went back: its times are not in order");
        ChainCheck chain = CentralAuditCheck.verify(pg.link(url), "press-1");
        assertTrue(chain.intact(), chain.problem());
    }

    @Test
    void aCentralAuditRowChangedBySqlIsNamedByTheCentralCheck() throws Exception {
        String url = pg.freshCentral();
        TestStation s = station("a", MutableClock.at(TestStation.START));
        StationRecords.batch(s, "B-1", 20);
        StationRecords.drain(forwarder(s, "press-1", url, QUICK));
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-1").intact());

        try (Connection c = pg.link(url).open();
             PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET reason = 'edited later' WHERE station_id = ? AND seq = 2")) {
            // The guard (central V3) refuses the UPDATE; an owner who switches it off is still found by the chain walk.
            c.createStatement().execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            ps.setString(1, "press-1");
            assertEquals(1, ps.executeUpdate());
        }

        ChainCheck chain = CentralAuditCheck.verify(pg.link(url), "press-1");
        assertFalse(chain.intact());
        assertEquals(2L, chain.firstBrokenSequence().orElseThrow());
        assertEquals("hash does not match content", chain.problem());
    }
}

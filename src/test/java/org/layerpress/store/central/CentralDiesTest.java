package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.dies.CentralDieImport;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.PublishedDie;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.store.JdbcCentralDieLedger;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/**
 * The die registry across stations through a real PostgreSQL and the stations' H2 files: definitions published by a
 * Supervisor and adopted (or refused) elsewhere, die uses forwarded once, and the site's sum gating a batch start.
 */
public class CentralDiesTest {

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
        TestStation s = TestStation.builder(dir.resolve(name)).demoUsers().offlinePress().clock(MutableClock.at(TestStation.START)).build();
        open.add(s);
        return s;
    }

    static final DieCommands.AddDie D12 = new DieCommands.AddDie("D12-01", 12, Force.kiloNewtons(150), "tungsten carbide", OptionalLong.of(5000));

    /** What {@code central publish-dies --as sam} does on the publishing station's open database. */
    static List<PublishedDie> publish(TestStation from, String url) {
        return new CentralDies(pg.link(url)).publish(from.dieRegistry().forPublication(from.sam(), "press-a"), Instant.parse(TestStation.START));
    }

    DiePull pull(TestStation to, String url) {
        DiePull p = puller(to, pg.link(url));
        open.add(p);
        return p;
    }

    /** A pull of central's dies into {@code to}, as a station started with {@code --central} runs it; the caller closes it. */
    public static DiePull puller(TestStation to, CentralLink link) {
        return new DiePull(link, new CentralDieImport(to.stores().dies(), new JdbcCentralDieLedger(to.transactions()),
                to.services().auditor(), to.transactions(), to.clock(), "central-test"), Duration.ofMillis(50));
    }

    void forward(TestStation s, String id, String url) throws SQLException {
        CentralForwarder f = new CentralForwarder(s.database(), id, pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        StationRecords.drain(f);
    }

    static RegisteredDie die(TestStation s, String id) {
        return s.transactions().inTransaction(() -> s.stores().dies().byId(id)).orElseThrow();
    }

    static long centralCount(String url, String sql) throws SQLException {
        try (Connection c = pg.link(url).open(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aPublishedDieIsAdoptedAuditedOnceAndSealed() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        a.dieRegistry().add(a.sam(), D12);

        List<PublishedDie> published = publish(a, url);
        assertTrue(published.stream().anyMatch(d -> d.dieId().equals("D12-01") && d.id() > 0), published.toString());
        assertEquals(1, a.auditCount("DIES_READ_FOR_CENTRAL", "sam"));
        DiePull pull = pull(b, url);
        assertTrue(pull.pullOnce());
        pull.pullOnce();

        RegisteredDie adopted = die(b, "D12-01");
        assertEquals(12, adopted.die().bore().millimetres(), 1e-9);
        assertEquals(150, adopted.die().rating().kiloNewtons(), 1e-9);
        assertEquals("tungsten carbide", adopted.material());
        assertEquals(OptionalLong.of(5000), adopted.ratedCycles());
        assertEquals(DieStatus.IN_USE, adopted.status());
        assertEquals(0, adopted.cycles(), "counts are never taken from a publication");
        assertEquals(OptionalLong.empty(), b.transactions().inTransaction(() -> b.stores().dies().siteCycles("D12-01")),
                "central has counted no use of it yet");
        assertEquals(1, b.auditCount(CentralDieImport.ADOPTED, "station"), "adopted once, however often it is pulled");
        String reason = b.column("SELECT reason FROM audit_event WHERE action = 'DIE_ADOPTED_FROM_CENTRAL'").get(0);
        long number = published.stream().filter(d -> d.dieId().equals("D12-01")).findFirst().orElseThrow().id();
        assertEquals("central publication " + number + " by sam on press-a through central-test", reason);
        assertEquals(List.of(), EvidenceCheck.full(b.database()), "the adopted die is sealed like any change of a die");
    }

    @Test
    void aDieHeldHereWithAnotherBoreIsRefusedInWordsAuditedOnce() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        a.dieRegistry().add(a.sam(), D12);
        b.dieRegistry().add(b.sam(), new DieCommands.AddDie("D12-01", 13, Force.kiloNewtons(150), "tool steel", OptionalLong.empty()));
        publish(a, url);

        DiePull pull = pull(b, url);
        pull.pullOnce();
        pull.pullOnce();

        assertEquals(13, die(b, "D12-01").die().bore().millimetres(), 1e-9, "the station's die stays as it is");
        assertEquals("tool steel", die(b, "D12-01").material());
        assertEquals(1, b.auditCount(CentralDieImport.REFUSED, "station"), "refused once, however often it is pulled");
        String reason = b.column("SELECT reason FROM audit_event WHERE action = 'DIE_REFUSED_FROM_CENTRAL'").get(0);
        assertTrue(reason.startsWith("die D12-01 from central refused: this station holds D12-01 with a 13.00 mm bore, the publication has "
                + "12.00 mm"), reason);
        assertEquals(0, b.auditCount(CentralDieImport.ADOPTED, "station"));
    }

    @Test
    void aRetirementPublishedWinsOverInUseButInUseNeverUndoesALocalRepair() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        TestStation c = station("c");
        a.dieRegistry().add(a.sam(), D12);
        publish(a, url);
        pull(b, url).pullOnce();
        pull(c, url).pullOnce();
        c.dieRegistry().edit(c.sam(), new DieCommands.EditDie("D12-01", 12, Force.kiloNewtons(150), "tungsten carbide", OptionalLong.of(5000),
                DieStatus.OUT_FOR_REPAIR, "Cracked or damaged"));
        publish(a, url);
        pull(c, url).pullOnce();
        assertEquals(DieStatus.OUT_FOR_REPAIR, die(c, "D12-01").status(), "a die taken out of use here stays out when central says IN_USE");

        a.dieRegistry().retire(a.sam(), new DieCommands.RetireDie("D12-01", "Worn to its rating"));
        publish(a, url);
        pull(b, url).pullOnce();

        assertEquals(DieStatus.RETIRED, die(b, "D12-01").status());
        List<String> adopted = b.column("SELECT new_value FROM audit_event WHERE action = 'DIE_ADOPTED_FROM_CENTRAL' ORDER BY seq");
        assertEquals(2, adopted.size(), adopted.toString());
        assertTrue(adopted.get(1).endsWith("RETIRED"), adopted.get(1));
        long recipe = b.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> b.sequencer().start(b.olga(), new StartBatchCommand(recipe, "D12-01")));
        assertEquals("die D12-01 is RETIRED: only a die IN_USE can start a batch", e.getMessage());
    }

    @Test
    void theSitesSumGatesABatchWhoseOwnCountIsBelowTheRating() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        String die = TestStation.DIE.id();
        a.dieRegistry().edit(a.sam(), new DieCommands.EditDie(die, 10, TestStation.DIE.rating(), "steel", OptionalLong.of(3), DieStatus.IN_USE,
                "Maker's data sheet"));
        publish(a, url);
        DiePull pull = pull(b, url);
        pull.pullOnce();
        assertEquals(OptionalLong.of(3), die(b, die).ratedCycles(), "the rating adopted from central");
        a.countPresses(die, 2, Force.kiloNewtons(40));
        b.countPresses(die, 1, Force.kiloNewtons(40));
        forward(a, "press-a", url);
        forward(b, "press-b", url);

        pull.pullOnce();

        assertEquals(1, die(b, die).cycles(), "its own count stays its own");
        assertEquals(OptionalLong.of(3), b.transactions().inTransaction(() -> b.stores().dies().siteCycles(die)));
        long recipe = b.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> b.sequencer().start(b.olga(), new StartBatchCommand(recipe, die)));
        assertEquals("die D10-01 has 3 cycles over all stations (1 here) of its rated 3: it is worn to its rating; a Supervisor retires it "
                + "or sends it for repair", e.getMessage());
        assertEquals(List.of("0"), b.column("SELECT COUNT(*) FROM batch"), "no batch was opened");
    }

    @Test
    void dieUsesSentAgainLandOnce() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        a.countPresses(TestStation.DIE.id(), 3, Force.kiloNewtons(40));
        forward(a, "press-a", url);
        assertEquals(3, centralCount(url, "SELECT COUNT(*) FROM die_use WHERE station_id = 'press-a'"));

        // A crash after the central commit and before the cursor's update: everything is sent again.
        StationRecords.execute(a, "UPDATE forward_cursor SET last_seq = 0 WHERE id = 1");
        forward(a, "press-a", url);

        assertEquals(3, centralCount(url, "SELECT COUNT(*) FROM die_use WHERE station_id = 'press-a'"), "sent twice, landed once");
        assertEquals(Map.of(TestStation.DIE.id(), 3L), new CentralDies(pg.link(url)).cycleSums());
        assertEquals(40, centralCount(url, "SELECT MAX(peak_force_kn) FROM die_use"));
    }

    @Test
    void publishedDiesAndDieUsesRefuseUpdateDeleteAndTruncateBySql() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        a.countPresses(TestStation.DIE.id(), 1, Force.kiloNewtons(40));
        forward(a, "press-a", url);
        publish(a, url);
        for (String sql : List.of("UPDATE published_die SET status = 'IN_USE'", "DELETE FROM published_die", "TRUNCATE published_die",
                "UPDATE die_use SET die_id = 'D99'", "DELETE FROM die_use", "TRUNCATE die_use")) {
            try (Connection c = pg.link(url).open(); Statement st = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("rows are evidence"), e.getMessage());
            }
        }
        assertEquals(a.dieRegistry().list(a.sam()).size(), new CentralDies(pg.link(url)).newest().size(), "nothing was changed or removed");
        assertEquals(Map.of(TestStation.DIE.id(), 1L), new CentralDies(pg.link(url)).cycleSums());
    }
}

package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.store.central.CentralForwarder;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.TestStation;

/** {@code central init} and {@code audit verify --central} against a real PostgreSQL. */
class CentralCommandTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void initPreparesTheSchemaOnceAndVerifyNamesACentralRowChangedBySql() throws Exception {
        String url = pg.freshDatabase();
        Run init = cli("central", "init", "--url", url, "--user", "postgres");
        assertEquals(0, init.exit(), init.err());
        // Every migration of db/central, however many there are by now; none on the second run.
        assertTrue(init.out().matches("(?s).*central schema ready \\([1-9][0-9]* migrations applied now\\).*"), init.out());
        Run again = cli("central", "init", "--url", url, "--user", "postgres");
        assertTrue(again.out().contains("(0 migrations applied now)"), again.out());

        try (TestStation station = TestStation.builder(dir).build()) {
            for (int i = 1; i <= 5; i++) {
                AuditEntry e = new AuditEntry(Instant.parse("2026-12-06T10:00:00.123456789Z").plusSeconds(i), 1, "anna", "STEP_CONFIRMED",
                        "BATCH", "B-1", "", "step " + i, "");
                station.transactions().inTransaction(() -> station.stores().audit().append(e));
            }
            try (CentralForwarder f = new CentralForwarder(station.database(), "press-7", pg.link(url), CentralForwarder.Settings.DEFAULT,
                    station.clock())) {
                while (f.forwardOnce().read() > 0 && f.backlog().waiting() > 0) {
                    // one round per batch of rows until the backlog is empty
                }
            }
        }

        Run intact = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-7");
        assertEquals(0, intact.exit(), intact.out() + intact.err());
        assertTrue(intact.out().contains("central audit trail of station press-7 intact"), intact.out());

        try (Connection c = pg.link(url).open(); Statement s = c.createStatement()) {
            // The central tables refuse UPDATE (V3); someone who owns them can switch the guard off, and the walk still finds it.
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            assertEquals(1, s.executeUpdate("UPDATE audit_event SET new_value = 'step 9' WHERE station_id = 'press-7' AND seq = 4"));
        }
        Run broken = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-7");
        assertEquals(1, broken.exit(), broken.out() + broken.err());
        assertTrue(broken.out().contains("central audit trail of station press-7 BROKEN at sequence 4: hash does not match content"), broken.out());

        Run unknown = cli("audit", "verify", "--central", url, "--central-user", "postgres", "--station", "press-8");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.out().contains("no audit rows of station press-8"), unknown.out());
    }

    @Test
    void addStationMakesTheStationsRoleWithItsPasswordFromAFileAndPrintsNoPassword() throws Exception {
        String url = pg.freshCentral();
        Path secret = dir.resolve("press-z.password");
        java.nio.file.Files.writeString(secret, "Glovebox-Secret-42\n");

        Run missing = cli("central", "add-station", "--url", url, "--user", "postgres", "--station", "press-z");
        assertEquals(1, missing.exit(), "no station password given: " + missing.err());
        Run added = cli("central", "add-station", "--url", url, "--user", "postgres", "--station", "press-z", "--station-password-file", secret.toString());
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("station press-z forwards as role lp_station_press_z"), added.out());
        assertTrue(!(added.out() + added.err()).contains("Glovebox-Secret-42"), "the password is printed nowhere");
        Run taken = cli("central", "add-station", "--url", url, "--user", "postgres", "--station", "press-y", "--role", "lp_station_press_z",
                "--station-password-file", secret.toString());
        assertEquals(1, taken.exit(), taken.out());
        assertTrue(taken.err().contains("role lp_station_press_z forwards for station press-z already"), taken.err());
    }
}

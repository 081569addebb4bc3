package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.TestStation;
import picocli.CommandLine;

/**
 * {@code central site-pins} and {@code central publish-users} from the user home's data folder, and {@code central publish-dies}
 * from a station's, into a real PostgreSQL.
 */
class CentralPublishUsersCommandTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String pin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = new CommandLine(new LayerPressCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anAdminPublishesTheHomesPeopleWithPinHashesOnceTheSiteSettingIsOnAndAnOperatorIsRefused() throws Exception {
        String url = pg.freshCentral();
        try (TestStation home = TestStation.builder(dir).demoUsers().offlinePress().build()) {
            home.services().userAdministration().create(home.ada(), new UserCommands.CreateUser("nina", "Nina Neu", Optional.of("B-2001"),
                    EnumSet.of(Role.OPERATOR), Pin.of("246810")));
        }
        String data = "--data-dir=" + dir;

        Run operator = run("111111", "central", "publish-users", "--url", url, "--user", "postgres", "--from-data-dir", dir.toString(),
                "--as", "olga", "--station", "home");
        assertEquals(1, operator.exit(), operator.out());
        assertTrue(operator.err().contains("central publish-users: "), operator.err());

        Run pins = run("999999", "central", "site-pins", "on", data, "--as", "ada", "--reason", "one badge and PIN for the site");
        assertEquals(0, pins.exit(), pins.err());
        Run published = run("999999", "central", "publish-users", "--url", url, "--user", "postgres", "--from-data-dir", dir.toString(),
                "--as", "ada", "--station", "home");
        assertEquals(0, published.exit(), published.err());
        assertTrue(published.out().contains("published 1 users from home with their PIN hashes: nina"), published.out());

        try (Connection c = pg.link(url).open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT u.login, u.badge_id, u.roles, u.published_by, u.from_station, p.pin_algorithm "
                     + "FROM published_user u JOIN published_user_pin p ON p.publication_id = u.id")) {
            assertTrue(rs.next());
            assertEquals("nina", rs.getString(1));
            assertEquals("B-2001", rs.getString(2));
            assertEquals("OPERATOR", rs.getString(3));
            assertEquals("ada", rs.getString(4));
            assertEquals("home", rs.getString(5));
            assertEquals("PBKDF2WithHmacSHA256", rs.getString(6));
        }
    }

    @Test
    void aSupervisorPublishesTheStationsDiesAndAnOperatorIsRefused() throws Exception {
        String url = pg.freshCentral();
        try (TestStation station = TestStation.builder(dir).demoUsers().offlinePress().build()) {
            station.dieRegistry().add(station.sam(), new DieCommands.AddDie("D12-01", 12, Force.kiloNewtons(150), "tungsten carbide",
                    OptionalLong.empty()));
            station.dieRegistry().retire(station.sam(), new DieCommands.RetireDie("D12-01", "Worn to its rating"));
        }

        Run operator = run("111111", "central", "publish-dies", "--url", url, "--user", "postgres", "--from-data-dir", dir.toString(),
                "--as", "olga", "--station", "press-a");
        assertEquals(1, operator.exit(), operator.out());
        assertTrue(operator.err().contains("central publish-dies: "), operator.err());
        Run published = run("333333", "central", "publish-dies", "--url", url, "--user", "postgres", "--from-data-dir", dir.toString(),
                "--as", "sam", "--station", "press-a");
        assertEquals(0, published.exit(), published.err());
        assertTrue(published.out().contains("dies from press-a: D10-01 IN_USE, D10-WEAK IN_USE, D12-01 RETIRED"), published.out());

        try (Connection c = pg.link(url).open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT die_id, status, published_by, from_station, rated_cycles FROM published_die "
                     + "WHERE die_id = 'D12-01'")) {
            assertTrue(rs.next());
            assertEquals("RETIRED", rs.getString(2));
            assertEquals("sam", rs.getString(3));
            assertEquals("press-a", rs.getString(4));
            assertEquals(null, rs.getObject(5), "no rated cycles given");
        }
        try (TestStation station = TestStation.builder(dir).demoUsers().offlinePress().build()) {
            assertEquals(java.util.List.of("1"), station.column("SELECT COUNT(*) FROM signature WHERE entity_type = '"
                    + DiePublishUseCase.ENTITY + "' AND login = 'sam'"), "the PIN signed the publication, as on the Dies screen");
        }
    }

    @Test
    void publishingDiesToAnUnreachableCentralDatabaseExitsTwoAndSignsNothing() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        TestStation.builder(dir).demoUsers().offlinePress().build().close();

        Run refused = run("333333", "central", "publish-dies", "--url", "jdbc:postgresql://localhost:" + closed + "/layerpress",
                "--user", "postgres", "--from-data-dir", dir.toString(), "--as", "sam", "--station", "press-a");

        assertEquals(2, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("central publish-dies: the central database cannot be reached now"), refused.err());
        try (TestStation station = TestStation.builder(dir).demoUsers().offlinePress().build()) {
            assertEquals(java.util.List.of("0"), station.column("SELECT COUNT(*) FROM signature WHERE entity_type = '"
                    + DiePublishUseCase.ENTITY + "'"));
            assertEquals(0, station.auditCount("DIES_READ_FOR_CENTRAL", "sam"), "nothing audited: nothing was written");
        }
    }
}

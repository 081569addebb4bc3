package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.CentralUserImport;
import org.layerpress.application.users.PinHash;
import org.layerpress.application.users.PinHasher;
import org.layerpress.application.users.PublishedUser;
import org.layerpress.application.users.UserCommands;
import org.layerpress.application.users.UserPublication;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.store.JdbcCentralUserLedger;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.TestStation;

/** People published from the site's user home through a real PostgreSQL, adopted (or refused) on other stations' H2 files. */
class CentralUsersTest {

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
        TestStation s = TestStation.builder(dir.resolve(name)).demoUsers().offlinePress().build();
        open.add(s);
        return s;
    }

    /** What {@code central publish-users --as ada} does on the home's open database. */
    static List<PublishedUser> publish(TestStation home, String url) {
        StationServices s = home.services();
        List<PublishedUser> users = UserPublication.of(home.ada(), home.stores().users(), home.stores().settings(), s.authorizer(), s.auditor(),
                s.transactions(), "home");
        return new CentralUsers(pg.link(url)).publish(users, Instant.parse(TestStation.START));
    }

    UserPull pull(TestStation to, String url) {
        UserPull p = new UserPull(pg.link(url), new CentralUserImport(to.stores().users(), to.stores().settings(),
                new JdbcCentralUserLedger(to.transactions()), to.services().auditor(), to.transactions(), to.clock(), "central-test"),
                Duration.ofMillis(50));
        open.add(p);
        return p;
    }

    static void create(TestStation home, String login, String name, String badge, Set<Role> roles, String pin) {
        home.services().userAdministration().create(home.ada(), new UserCommands.CreateUser(login, name, Optional.ofNullable(badge), roles,
                Pin.of(pin)));
    }

    static void sitePins(TestStation s) {
        s.services().settings().setSitePinHashes(s.ada(), true, "one badge and PIN for the whole site");
    }

    static PinHash pinHash(TestStation s, String login) {
        return s.transactions().inTransaction(() -> s.stores().users().pinHash(s.userId(login))).orElseThrow();
    }

    static Set<String> managed(TestStation s) {
        return s.transactions().inTransaction(() -> new JdbcCentralUserLedger(s.transactions()).centrallyManaged());
    }

    @Test
    void aPublishedPersonIsAdoptedAuditedOnceAndLaterPublicationsChangeThem() throws Exception {
        String url = pg.freshCentral();
        TestStation home = station("home");
        TestStation b = station("b");
        create(home, "nina", "Nina Neu", "B-2001", EnumSet.of(Role.OPERATOR), "246810");

        List<PublishedUser> published = publish(home, url);
        assertEquals(List.of("nina"), published.stream().map(PublishedUser::login).toList(), "demo people stay on their station");
        assertTrue(published.get(0).pin().isEmpty(), "no PIN hash without the site setting");
        UserPull pull = pull(b, url);
        assertTrue(pull.pullOnce());

        assertEquals("Nina Neu", b.user("nina").fullName());
        assertEquals(Optional.of("B-2001"), b.user("nina").badgeId());
        assertEquals(EnumSet.of(Role.OPERATOR), b.user("nina").roles());
        assertTrue(b.user("nina").active());
        assertFalse(b.user("nina").demo());
        assertEquals(1, b.auditCount(CentralUserImport.ADOPTED, "station"));
        assertTrue(b.column("SELECT new_value FROM audit_event WHERE action = 'USER_ADOPTED_FROM_CENTRAL'").get(0)
                .contains("no usable PIN until an Admin of this station gives one"));
        assertFalse(new PinHasher().matches(Pin.of("246810"), pinHash(b, "nina")), "the home's PIN does not travel without the setting");
        assertEquals(Set.of("nina"), managed(b));

        pull.pullOnce();
        assertEquals(1, b.auditCount(CentralUserImport.ADOPTED, "station"), "adopted once, however often it is pulled");

        home.assignRoles("nina", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR), "she runs the line now");
        home.services().userAdministration().disable(home.ada(), new UserCommands.DisableUser(home.userId("nina"), "left the lab"));
        publish(home, url);
        pull.pullOnce();
        assertEquals(EnumSet.of(Role.OPERATOR, Role.SUPERVISOR), b.user("nina").roles());
        assertFalse(b.user("nina").active(), "made inactive, never deleted");
        assertEquals(2, b.auditCount(CentralUserImport.ADOPTED, "station"));
        assertEquals(List.of(), EvidenceCheck.full(b.database()), "each adoption sealed with the user's row");
    }

    @Test
    void aBadgeAnotherLocalUserHoldsIsRefusedInWordsAuditedOnce() throws Exception {
        String url = pg.freshCentral();
        TestStation home = station("home");
        TestStation b = station("b");
        create(home, "otto", "Otto Ost", "B-7777", EnumSet.of(Role.OPERATOR), "135791");
        b.services().userAdministration().create(b.ada(), new UserCommands.CreateUser("olaf", "Olaf Other", Optional.of("B-7777"),
                EnumSet.of(Role.QA), Pin.of("975311")));
        publish(home, url);

        UserPull pull = pull(b, url);
        pull.pullOnce();
        pull.pullOnce();

        assertTrue(b.transactions().inTransaction(() -> b.stores().users().byLogin("otto")).isEmpty(), "not adopted");
        assertEquals(1, b.auditCount(CentralUserImport.REFUSED, "station"), "refused once, however often it is pulled");
        String reason = b.column("SELECT reason FROM audit_event WHERE action = 'USER_REFUSED_FROM_CENTRAL'").get(0);
        assertTrue(reason.startsWith("user otto from central refused: badge B-7777 belongs to olaf on this station"), reason);
        assertEquals(Optional.of("B-7777"), b.user("olaf").badgeId());
        assertTrue(managed(b).isEmpty());
    }

    @Test
    void theStationsLastLocalAdminIsNeverChangedFromCentral() throws Exception {
        String url = pg.freshCentral();
        TestStation b = station("b");
        // A central copy gone wrong: ada, b's only Admin, published without the Admin role.
        new CentralUsers(pg.link(url)).publish(List.of(new PublishedUser(0, "ada", "Ada Admin", Optional.empty(), "OPERATOR", true, "mallory",
                "elsewhere", Optional.empty())), Instant.parse(TestStation.START));

        pull(b, url).pullOnce();

        assertEquals(EnumSet.of(Role.ADMIN), b.user("ada").roles());
        String reason = b.column("SELECT reason FROM audit_event WHERE action = 'USER_REFUSED_FROM_CENTRAL'").get(0);
        assertTrue(reason.contains("ada is this station's last active local Admin, who is never changed from central"), reason);
        b.ada(); // still logs in and administers
    }

    @Test
    void aPublicationBreakingTheStationsLimitsOrNamingAnUnknownRoleIsRefusedInWords() throws Exception {
        String url = pg.freshCentral();
        TestStation b = station("b");
        new CentralUsers(pg.link(url)).publish(List.of(
                new PublishedUser(0, "Bad Login!", "Some One", Optional.empty(), "OPERATOR", true, "ada", "home", Optional.empty()),
                new PublishedUser(0, "rolf", "Rolf Role", Optional.empty(), "OPERATOR,OVERLORD", true, "ada", "home", Optional.empty())),
                Instant.parse(TestStation.START));

        pull(b, url).pullOnce();

        List<String> reasons = b.column("SELECT reason FROM audit_event WHERE action = 'USER_REFUSED_FROM_CENTRAL' ORDER BY seq");
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("user Bad Login! from central refused: it breaks this station's input limits: a login is"),
                reasons.get(0));
        assertTrue(reasons.get(1).contains("unknown role 'OVERLORD'"), reasons.get(1));
        assertTrue(b.transactions().inTransaction(() -> b.stores().users().byLogin("rolf")).isEmpty());
    }

    @Test
    void aPinHashTravelsOnlyWhenTheHomeAndTheStationBothShareThem() throws Exception {
        String url = pg.freshCentral();
        TestStation home = station("home");
        TestStation with = station("with");
        TestStation without = station("without");
        sitePins(home);
        sitePins(with);
        create(home, "pia", "Pia Pin", null, EnumSet.of(Role.QA), "864202");

        List<PublishedUser> published = publish(home, url);
        assertEquals(pinHash(home, "pia"), published.get(0).pin().orElseThrow().hash());
        pull(with, url).pullOnce();
        pull(without, url).pullOnce();

        assertEquals(pinHash(home, "pia"), pinHash(with, "pia"), "checked there exactly as on the home");
        assertTrue(new PinHasher().matches(Pin.of("864202"), pinHash(with, "pia")));
        assertTrue(with.user("pia").pinMustChange(), "still the temporary PIN the home's Admin gave");
        assertFalse(new PinHasher().matches(Pin.of("864202"), pinHash(without, "pia")), "the station without the setting takes no PIN");
        assertTrue(without.user("pia").pinMustChange());
    }

    @Test
    void publishedUsersRecipesAndSignOffsRefuseUpdateAndDeleteBySql() throws Exception {
        String url = pg.freshCentral();
        TestStation home = station("home");
        create(home, "nina", "Nina Neu", null, EnumSet.of(Role.OPERATOR), "246810");
        publish(home, url);
        for (String sql : List.of("UPDATE published_user SET roles = 'ADMIN'", "DELETE FROM published_user", "TRUNCATE published_user_pin",
                "TRUNCATE published_recipe_signature", "TRUNCATE published_recipe_retirement", "TRUNCATE central_signoff")) {
            try (Connection c = pg.link(url).open(); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(e.getMessage().contains("rows are evidence"), e.getMessage());
            }
        }
        assertEquals(1, new CentralUsers(pg.link(url)).newest().size());
    }

    @Test
    void aCentralDatabaseReplacedByAFreshOneHasItsPublicationNumberedOneAdoptedNotSkipped() throws Exception {
        String urlA = pg.freshCentral();
        TestStation home = station("home");
        TestStation b = station("b");
        create(home, "nina", "Nina Neu", "B-2001", EnumSet.of(Role.OPERATOR), "246810");
        assertEquals(1, publish(home, urlA).get(0).id());
        assertTrue(pull(b, urlA).pullOnce());
        assertEquals(EnumSet.of(Role.OPERATOR), b.user("nina").roles());

        // The central server is rebuilt: a fresh database numbers its publications from 1 again.
        String urlB = pg.freshCentral();
        home.assignRoles("nina", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR), "she runs the line now");
        assertEquals(1, publish(home, urlB).get(0).id());
        assertTrue(pull(b, urlB).pullOnce());
        assertEquals(EnumSet.of(Role.OPERATOR, Role.SUPERVISOR), b.user("nina").roles(), "adopted, not skipped as the old database's number 1");
        assertEquals(2, b.auditCount(CentralUserImport.ADOPTED, "station"));
    }
}

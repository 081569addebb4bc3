package org.layerpress.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.admin.AuditTrailViewModel.TimeRange;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The audit viewer's logic on the real use cases and a real H2 file, without a stage. */
class AuditTrailViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    private TestStation station;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private AuditTrailViewModel viewer(Session session) {
        return new AuditTrailViewModel(station.services(), session, UseCaseRunner.inline(), Clock.systemUTC(), BERLIN);
    }

    @Test
    void tappedFiltersMapToTheAuditFilter() {
        Instant now = Instant.parse("2025-03-10T10:30:00Z");
        AuditTrailViewModel vm = new AuditTrailViewModel(station.services(), station.loginAs("quinn", "222222"),
                UseCaseRunner.inline(), Clock.fixed(now, ZoneOffset.UTC), BERLIN);

        assertEquals(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2025-03-09T23:00:00Z")), Optional.empty(), 200), vm.filter(), "Today is the station's local day");

        vm.selectUser("ada");
        vm.selectEntity("user");
        vm.selectTimeRange(TimeRange.LAST_HOUR);
        assertEquals(new AuditFilter(Optional.of("ada"), Optional.of("user"), Optional.empty(),
                Optional.of(Instant.parse("2025-03-10T09:30:00Z")), Optional.empty(), 200), vm.filter());

        vm.selectTimeRange(TimeRange.LAST_7_DAYS);
        assertEquals(Optional.of(Instant.parse("2025-03-03T10:30:00Z")), vm.filter().from());

        vm.selectUser(AuditTrailViewModel.ALL_USERS);
        vm.selectEntity(AuditTrailViewModel.ALL_ENTITIES);
        vm.selectTimeRange(TimeRange.ALL);
        vm.more();
        assertEquals(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 400), vm.filter());
        assertEquals("User: All users", vm.getUserButtonText());
    }

    @Test
    void qaSeesTheRolesChangeNewestFirstWithOldToNewAndTheReason() {
        Session ada = station.ada();
        long olga = station.services().userAdministration().list(ada).stream().filter(u -> u.login().equals("olga")).findFirst().orElseThrow().id();
        station.services().userAdministration().assignRoles(ada,
                new UserCommands.AssignRoles(olga, EnumSet.of(Role.OPERATOR, Role.QA), "Role change requested by supervisor"));
        AuditTrailViewModel vm = viewer(station.loginAs("quinn", "222222"));

        vm.load();

        assertFalse(vm.isRefused(), vm.getMessage().text());
        assertEquals("LOGIN", vm.rows().get(0).action(), "newest first: quinn's own login");
        assertEquals("quinn", vm.rows().get(0).user());
        vm.selectUser("ada");
        vm.selectEntity("user");
        AuditRow change = vm.rows().get(0);
        assertEquals("ROLES CHANGED", change.action(), "underscores become spaces so long words wrap");
        assertEquals("user olga", change.entity());
        assertEquals("[OPERATOR] \u2192 [OPERATOR, QA]", change.change());
        assertEquals("Role change requested by supervisor", change.reason());
        assertTrue(change.timeUtc().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), change.timeUtc());
        assertTrue(vm.rows().stream().allMatch(r -> r.user().equals("ada")));
        assertTrue(vm.getMessage().text().endsWith("newest first."), vm.getMessage().text());
    }

    @Test
    void aRowShowsUtcAndTheStationsLocalTime() {
        AuditEntry e = new AuditEntry(Instant.parse("2025-03-10T23:30:05Z"), 5, "ada", "PIN_RESET", "user", "olga",
                "", "temporary PIN set", "Forgotten PIN");
        AuditRow row = AuditRow.of(new AuditRecord(42, e, "0".repeat(64), "ab".repeat(32)), BERLIN);

        assertEquals("2025-03-10 23:30:05", row.timeUtc());
        assertEquals("03-11 00:30:05 local", row.timeLocal(), "a local date that differs from UTC's is shown");
        assertEquals("temporary PIN set", row.change(), "no old value: only the new one");
        assertTrue(row.details().contains("Reason: Forgotten PIN"));
        assertTrue(row.details().startsWith("Row 42, "));
    }

    @Test
    void anOperatorGetsARefusalInWordsAndNoRows() {
        AuditTrailViewModel vm = viewer(station.loginAs("olga", "111111"));

        vm.load();

        assertTrue(vm.isRefused());
        assertTrue(vm.getMessage().text().startsWith("Not allowed: reading the audit trail needs the"), vm.getMessage().text());
        assertTrue(vm.rows().isEmpty());
        assertEquals(Severity.STALE, vm.getChain().severity(), "the chain is not checked for someone who may not read the trail");
    }

    @Test
    void theChainIsReportedIntactWithItsRowCount() {
        AuditTrailViewModel vm = viewer(station.ada());

        vm.load();

        assertEquals("INTACT", vm.getChain().word());
        long rows = station.services().audit().verifyChain().rowsChecked();
        assertEquals(rows + " rows checked", vm.getChainDetail());
    }

    @Test
    void userChoicesComeFromTheTrailAndEntityChoicesIncludeTheKnownTypes() {
        AuditTrailViewModel vm = viewer(station.loginAs("quinn", "222222"));

        vm.load();

        assertEquals(AuditTrailViewModel.ALL_USERS, vm.userChoices().get(0));
        assertTrue(vm.userChoices().containsAll(java.util.List.of("ada", "olga", "quinn", "sam", "sue")), vm.userChoices().toString());
        assertTrue(vm.entityChoices().containsAll(java.util.List.of(AuditTrailViewModel.ALL_ENTITIES, "user", "station")));
    }

    @Test
    void anEmptyResultSaysSo() {
        AuditTrailViewModel vm = viewer(station.ada());
        vm.load();

        vm.selectUser("nobody");

        assertTrue(vm.rows().isEmpty());
        assertEquals("No rows match these filters.", vm.getMessage().text());
        assertFalse(vm.isMoreAvailable());
    }
}

package org.layerpress.application.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;

/**
 * Every use case × every role: allowed exactly when the role grants the use case's permission.
 * Checked in the use cases themselves, not by hiding buttons (21 CFR 11.10(g)).
 */
class PermissionMatrixTest {

    @TempDir
    static Path dir;
    static TestStation station;
    static final Map<Role, String> LOGIN = Map.of(Role.OPERATOR, "olga", Role.QA, "quinn", Role.SUPERVISOR, "sam", Role.ADMIN, "ada");
    static final Map<Role, String> PIN = Map.of(Role.OPERATOR, "111111", Role.QA, "222222", Role.SUPERVISOR, "333333", Role.ADMIN, "999999");

    @BeforeAll
    static void seed() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
    }

    @AfterAll
    static void close() {
        station.close();
    }

    record UseCase(String name, Permission permission, BiConsumer<TestStation, Session> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<UseCase> USE_CASES = List.of(
            new UseCase("list users", Permission.MANAGE_USERS, (s, session) -> s.services().userAdministration().list(session)),
            new UseCase("create user", Permission.MANAGE_USERS, (s, session) -> s.services().userAdministration().create(session,
                    new UserCommands.CreateUser("new" + session.user().login() + System.nanoTime() % 100000, "New Person", Optional.empty(),
                            EnumSet.of(Role.OPERATOR), Pin.of("121212")))),
            new UseCase("assign roles", Permission.MANAGE_USERS, (s, session) -> s.services().userAdministration().assignRoles(session,
                    new UserCommands.AssignRoles(s.userId("sue"), EnumSet.of(Role.SUPERVISOR), "Role change requested by supervisor"))),
            new UseCase("reset PIN", Permission.MANAGE_USERS, (s, session) -> s.services().userAdministration().resetPin(session,
                    new UserCommands.ResetPin(s.userId("sue"), Pin.of("444444"), "Forgotten PIN"))),
            new UseCase("disable user", Permission.MANAGE_USERS, (s, session) -> s.services().userAdministration().disable(session,
                    new UserCommands.DisableUser(s.createSpareUser(), "Left the team"))),
            new UseCase("set idle timeout", Permission.SET_STATION_SETTINGS, (s, session) -> s.services().settings().setIdleTimeout(session,
                    Duration.ofMinutes(5), "Keep the default")),
            new UseCase("list dies", Permission.READ_DIES, (s, session) -> s.dieRegistry().list(session)),
            new UseCase("add a die", Permission.MANAGE_DIES, (s, session) -> s.dieRegistry().add(session, new org.layerpress.application.dies
                    .DieCommands.AddDie("D-" + session.user().login(), 10, org.layerpress.domain.units.Force.kiloNewtons(98), "WC-Co",
                    java.util.OptionalLong.empty()))),
            new UseCase("read audit trail", Permission.VIEW_AUDIT_TRAIL, (s, session) -> s.services().audit().find(session, AuditFilter.latest(10))),
            new UseCase("sign as approver of a recipe", Permission.APPROVE_RECIPE, (s, session) -> sign(s, session, Permission.APPROVE_RECIPE)),
            new UseCase("sign a batch review", Permission.REVIEW_BATCH, (s, session) -> sign(s, session, Permission.REVIEW_BATCH)),
            new UseCase("sign a step as executed", Permission.RUN_BATCH, (s, session) -> sign(s, session, Permission.RUN_BATCH)),
            new UseCase("acknowledge a station alarm", Permission.ACKNOWLEDGE_ALARM, (s, session) -> alarms(s).acknowledge(session, "MATRIX")),
            new UseCase("shelve a station alarm", Permission.SHELVE_ALARM, (s, session) -> alarms(s).shelve(session,
                    new org.layerpress.application.alarms.ShelveCommand("MATRIX", org.layerpress.application.alarms.ShelveDuration.MINUTES_15, "Matrix"))),
            new UseCase("read the alarm history", Permission.READ_ALARM_HISTORY, (s, session) -> alarms(s).history(session, Duration.ofHours(1))),
            new UseCase("open a batch record", Permission.READ_BATCH_RECORDS, (s, session) -> {
                try {
                    s.review().records().open(session, "NO-SUCH-BATCH");
                } catch (org.layerpress.application.review.NoSuchBatchException e) {
                    // allowed: the permission passed, there is just no such batch
                }
            }),
            new UseCase("list own batches to correct", Permission.RUN_BATCH, (s, session) -> s.batchList().amendableBy(session)),
            new UseCase("list batch records", Permission.READ_BATCH_RECORDS, (s, session) -> new org.layerpress.application.review.BatchListUseCase(
                    s.services().authorizer(), s.services().transactions(), new org.layerpress.store.JdbcBatchListStore(
                    (org.layerpress.store.JdbcTransactions) s.services().transactions(), java.time.ZoneOffset.UTC))
                    .list(session, org.layerpress.application.review.BatchListFilter.all(10))));

    private static org.layerpress.application.alarms.StationAlarmManager alarms;

    /** One manager on the station's H2 file, with one alarm raised to act on. */
    static synchronized org.layerpress.application.alarms.StationAlarmManager alarms(TestStation s) {
        if (alarms == null) {
            alarms = new org.layerpress.application.alarms.StationAlarmManager(new org.layerpress.store.JdbcStationAlarmHistory(s.transactions()),
                    s.transactions(), s.services().authorizer(), s.services().auditor(), s.clock());
            alarms.condition(new org.layerpress.application.alarms.AlarmCondition("MATRIX", org.layerpress.application.batch.AlarmPriority.LOW,
                    "A test condition"), true);
        }
        return alarms;
    }

    static void sign(TestStation s, Session session, Permission permission) {
        String role = session.user().roles().iterator().next().name();
        s.services().signatures().sign(session, new SignCommand(new SignableRecord("test", "r1", "content"), SignatureMeaning.APPROVED, "",
                permission, Optional.of(session.user().login()), Pin.of(PIN.get(Role.valueOf(role)))));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (UseCase u : USE_CASES) {
            for (Role r : Role.values()) {
                out.add(Arguments.of(u, r));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void useCaseIsAllowedExactlyForTheRolesGrantingItsPermission(UseCase useCase, Role role) {
        Session session = station.loginAs(LOGIN.get(role), PIN.get(role));
        boolean allowed;
        try {
            useCase.call().accept(station, session);
            allowed = true;
        } catch (AccessDeniedException e) {
            allowed = false;
        }
        assertEquals(useCase.permission().grantedTo().contains(role), allowed, useCase + " as " + role);
    }

    @ParameterizedTest(name = "exit kiosk as {0}")
    @MethodSource("roles")
    void leavingKioskModeNeedsASupervisorOrAdmin(Role role) {
        String refusal = station.services().exitKiosk().authorize(LOGIN.get(role), Pin.of(PIN.get(role)));
        assertEquals(Permission.EXIT_KIOSK.grantedTo().contains(role), refusal == null, String.valueOf(refusal));
    }

    static Stream<Role> roles() {
        return Stream.of(Role.values());
    }
}

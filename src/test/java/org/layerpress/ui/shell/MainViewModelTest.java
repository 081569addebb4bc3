package org.layerpress.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.shell.MainViewModel.Section;

class MainViewModelTest {

    @TempDir
    static Path dir;
    private static TestStation station;
    private final AtomicInteger loggedOut = new AtomicInteger();

    @BeforeAll
    static void demoUsers() {
        station = TestStation.builder(dir).demoUsers().build();
    }

    @AfterAll
    static void close() {
        station.close();
    }

    private MainViewModel loggedIn(String login, String pin) {
        Session session = station.loginAs(login, pin);
        return new MainViewModel(session, station.services().sessions(), UseCaseRunner.inline(), loggedOut::incrementAndGet, () -> { });
    }

    @Test
    void anOperatorSeesThePressOnly() {
        MainViewModel vm = loggedIn("olga", "111111");
        assertEquals("Olga Operator", vm.getFullName());
        assertEquals("Operator", vm.getRoles());
        assertTrue(vm.isDemo());
        assertFalse(vm.isAuditTrailAllowed());
        assertFalse(vm.isUsersAllowed());
        assertFalse(vm.isRecordsAllowed(), "batch records are read by QA and Supervisors");

        vm.show(Section.USERS);
        assertEquals(Section.PRESS, vm.getSection(), "a hidden section does not open");
    }

    @Test
    void eachLandsOnTheSectionOfTheirFirstJob() {
        assertEquals(Section.PRESS, loggedIn("olga", "111111").getSection(), "an Operator runs batches");
        assertEquals(Section.RECORDS, loggedIn("quinn", "222222").getSection(), "QA reviews records");
        assertEquals(Section.RECIPES, loggedIn("sam", "333333").getSection(), "a Supervisor writes and approves recipes");
        assertEquals(Section.USERS, loggedIn("ada", "999999").getSection(), "an Admin manages users");
    }

    @Test
    void qaSeesTheAuditTrailButNotUsers() {
        MainViewModel vm = loggedIn("quinn", "222222");
        assertEquals("QA", vm.getRoles());
        assertTrue(vm.isAuditTrailAllowed());
        assertFalse(vm.isUsersAllowed());
        assertTrue(vm.isRecordsAllowed());
        vm.show(Section.RECORDS);
        assertEquals(Section.RECORDS, vm.getSection());
        vm.show(Section.AUDIT_TRAIL);
        assertEquals(Section.AUDIT_TRAIL, vm.getSection());
    }

    @Test
    void aSupervisorReadsRecordsButSeesNeitherAuditTrailNorUsers() {
        MainViewModel vm = loggedIn("sam", "333333");
        assertEquals("Supervisor", vm.getRoles());
        assertFalse(vm.isAuditTrailAllowed());
        assertFalse(vm.isUsersAllowed());
        assertTrue(vm.isRecordsAllowed(), "Supervisors read batch records (READ_BATCH_RECORDS), without sign-off");
        vm.show(Section.RECORDS);
        assertEquals(Section.RECORDS, vm.getSection());
    }

    @Test
    void eachRolesTopBarHoldsExactlyTheSectionsOfItsJobs() {
        assertEquals(EnumSet.of(Section.PRESS, Section.RECIPES, Section.ALARMS), sections(loggedIn("olga", "111111")), "Operator");
        assertEquals(EnumSet.of(Section.RECIPES, Section.RECORDS, Section.AUDIT_TRAIL, Section.ALARMS), sections(loggedIn("quinn", "222222")),
                "QA: no Run, so no Start batch");
        assertEquals(EnumSet.of(Section.PRESS, Section.RECIPES, Section.RECORDS, Section.DIES, Section.CALIBRATION, Section.ALARMS),
                sections(loggedIn("sam", "333333")), "Supervisor");
        assertEquals(EnumSet.of(Section.PRESS, Section.RECIPES, Section.AUDIT_TRAIL, Section.USERS, Section.ALARMS),
                sections(loggedIn("ada", "999999")), "Admin");
    }

    @Test
    void qaCannotOpenRun() {
        MainViewModel quinn = loggedIn("quinn", "222222");
        quinn.show(Section.PRESS);
        assertEquals(Section.RECORDS, quinn.getSection(), "Run is hidden from QA and does not open");
    }

    private static Set<Section> sections(MainViewModel vm) {
        Set<Section> out = EnumSet.noneOf(Section.class);
        for (Section s : Section.values()) {
            if (vm.allowed(s)) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void aSupervisorKeepsTheDieRegistryAndOthersDoNotSeeItsScreen() {
        MainViewModel sam = loggedIn("sam", "333333");
        assertTrue(sam.isDiesAllowed());
        sam.show(Section.DIES);
        assertEquals(Section.DIES, sam.getSection());

        MainViewModel olga = loggedIn("olga", "111111");
        assertFalse(olga.isDiesAllowed(), "an Operator reads the dies on the start page, but does not keep the registry");
        olga.show(Section.DIES);
        assertEquals(Section.PRESS, olga.getSection());
    }

    @Test
    void aSupervisorEntersCalibrationsAndOthersReadThemInTheRecordsOnly() {
        MainViewModel sam = loggedIn("sam", "333333");
        assertTrue(sam.isCalibrationAllowed());
        sam.show(Section.CALIBRATION);
        assertEquals(Section.CALIBRATION, sam.getSection());

        for (MainViewModel other : new MainViewModel[] {loggedIn("olga", "111111"), loggedIn("quinn", "222222"), loggedIn("ada", "999999")}) {
            assertFalse(other.isCalibrationAllowed(), other.getFullName());
            Section before = other.getSection();
            other.show(Section.CALIBRATION);
            assertEquals(before, other.getSection(), "a hidden section does not open");
        }
    }

    @Test
    void operatorQaAndAdminSectionsAllFitTheBarSoMoreNeitherShowsNorOpens() {
        for (MainViewModel vm : new MainViewModel[] {loggedIn("olga", "111111"), loggedIn("quinn", "222222"), loggedIn("ada", "999999")}) {
            assertFalse(vm.isFolding(), vm.getFullName());
            assertFalse(vm.folded(Section.AUDIT_TRAIL), vm.getFullName());
            vm.toggleMore();
            assertFalse(vm.moreOpenProperty().get(), vm.getFullName());
        }
    }

    @Test
    void aSupervisorsDiesAndCalibrationFoldUnderMoreBesideRecords() {
        MainViewModel sam = loggedIn("sam", "333333");
        assertTrue(sam.isFolding(), "Run, Recipes, Records, Dies, Calibration and Alarms are six: more than the bar holds");
        assertTrue(sam.folded(Section.DIES));
        assertTrue(sam.folded(Section.CALIBRATION));
        assertFalse(sam.folded(Section.RECORDS));
        sam.toggleMore();
        assertTrue(sam.moreOpenProperty().get());
    }

    @Test
    void anAdminSeesAuditTrailAndUsers() {
        MainViewModel vm = loggedIn("ada", "999999");
        assertEquals("Admin", vm.getRoles());
        assertTrue(vm.isAuditTrailAllowed());
        assertTrue(vm.isUsersAllowed());
        vm.show(Section.USERS);
        assertEquals(Section.USERS, vm.getSection());
    }

    @Test
    void logOutEndsTheSessionAndGoesBackToLogin() {
        MainViewModel vm = loggedIn("olga", "111111");
        vm.logout();
        assertTrue(station.services().sessions().current().isEmpty());
        assertEquals(1, loggedOut.get());
    }
}

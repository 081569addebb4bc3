package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The login screen's logic on the real use cases and a real H2 store, without a stage. */
class LoginViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private final List<Session> loggedIn = new ArrayList<>();
    private LoginViewModel viewModel;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).clock(MutableClock.at("2026-11-26T08:00:00Z")).demoUsers().build();
        viewModel = new LoginViewModel(station.services().login(), UseCaseRunner.inline(), loggedIn::add, () -> { }, station.clock()); // UTC, and it advances with the station
        viewModel.refresh();
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    private User user(String login) {
        return viewModel.getUsers().all().stream().filter(u -> u.login().equals(login)).findFirst().orElseThrow();
    }

    private void typePin(String digits) {
        digits.chars().forEach(c -> viewModel.getPin().type((char) c));
        viewModel.submit();
    }

    @Test
    void listsTheActiveUsersByFullNameAndSaysDemo() {
        assertEquals(List.of("Ada Admin", "Olga Operator", "Oscar Second-Operator", "Quinn Reviewer", "Rhea Second-Reviewer",
                        "Sam Supervisor", "Sue Second-Supervisor"),
                viewModel.getUsers().getShown().stream().map(User::fullName).toList());
        assertTrue(viewModel.isDemoShown());
        assertTrue(viewModel.isPicking());
    }

    @Test
    void whileTheStationStartsTheScreenSaysSoAndRefusesABadgeInWordsThenListsTheNamesWhenReady() {
        LoginViewModel starting = LoginViewModel.whileStarting(UseCaseRunner.inline(), loggedIn::add, () -> { }, station.clock());
        assertTrue(starting.isStarting());
        assertTrue(starting.getUsers().all().isEmpty());
        assertTrue(starting.getNotice().text().contains("starting"), starting.getNotice().text());

        starting.badgeScanned("B-1001");
        assertTrue(starting.isPicking(), "no PIN pad before anyone can be checked");
        assertEquals(Severity.WARNING, starting.getNotice().severity());
        assertTrue(starting.getNotice().text().contains("still starting"), starting.getNotice().text());
        starting.submit();
        assertTrue(loggedIn.isEmpty());

        starting.ready(station.services().login());

        assertFalse(starting.isStarting());
        assertEquals(7, starting.getUsers().all().size());
        assertEquals("", starting.getNotice().text(), "the starting notice goes with the names");
        starting.badgeScanned("B-1001");
        assertFalse(starting.isPicking());
        assertEquals("Olga Operator", starting.getWho());
        "111111".chars().forEach(c -> starting.getPin().type((char) c));
        starting.submit();
        assertEquals("olga", loggedIn.get(0).user().login());
    }

    @Test
    void pickingANameAsksForThePinAndTheRightPinLogsIn() {
        viewModel.pick(user("olga"));
        assertFalse(viewModel.isPicking());
        assertEquals("Olga Operator", viewModel.getWho());
        assertTrue(viewModel.isWhoDemo());

        typePin("111111");

        assertEquals(1, loggedIn.size());
        assertEquals("olga", loggedIn.get(0).user().login());
        assertEquals("olga", station.services().sessions().current().orElseThrow().user().login());
        assertTrue(viewModel.isPicking(), "the screen is ready for the next person");
        assertEquals(0, viewModel.getPin().getLength());
    }

    @Test
    void okDoesNothingBeforeSixDigits() {
        viewModel.pick(user("olga"));
        typePin("11111");
        assertTrue(loggedIn.isEmpty());
        assertEquals(5, viewModel.getPin().getLength());
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndStaysOnThePad() {
        viewModel.pick(user("olga"));
        typePin("123456");

        assertTrue(loggedIn.isEmpty());
        assertFalse(viewModel.isPicking());
        assertEquals(Severity.WARNING, viewModel.getNotice().severity());
        assertTrue(viewModel.getNotice().text().contains("4 tries left"), viewModel.getNotice().text());
        assertEquals(0, viewModel.getPin().getLength(), "the wrong PIN is gone");
    }

    @Test
    void theFifthWrongPinLocksTheAccountAndSaysUntilWhen() {
        viewModel.pick(user("olga"));
        for (int i = 0; i < 5; i++) {
            typePin("123456");
        }
        assertTrue(viewModel.isPicking(), "back to the list: no use typing more PINs");
        assertEquals("Olga Operator: account locked after 5 wrong PINs, until 08:15. Ask an Admin to reset the PIN, or wait.",
                viewModel.getNotice().text());

        viewModel.pick(user("olga"));
        typePin("111111");
        assertTrue(loggedIn.isEmpty(), "the right PIN does not open a locked account");
    }

    @Test
    void aLockedNameTappedShowsTheLockNoticeInsteadOfThePinPad() {
        User listed = user("olga"); // read before the lock, as a screen that stood open
        for (int i = 0; i < 5; i++) {
            station.services().login().login(LoginCommand.byLogin("olga", Pin.of("123456")));
        }

        viewModel.pick(listed);

        assertTrue(viewModel.isPicking(), "no PIN pad for an account no PIN can open");
        assertEquals("", viewModel.getWho());
        assertEquals(Severity.WARNING, viewModel.getNotice().severity());
        assertEquals("Olga Operator: account locked after 5 wrong PINs, until 08:15. Ask an Admin to reset the PIN, or wait.",
                viewModel.getNotice().text());
        assertTrue(viewModel.isLocked(user("olga")), "the list was read again: the tile says LOCKED");

        station.clock().advance(Duration.ofMinutes(16));
        viewModel.pick(user("olga"));
        assertFalse(viewModel.isPicking(), "the lock ran out: the PIN pad");
        assertEquals("Olga Operator", viewModel.getWho());
    }

    @Test
    void aBadgeScanNamesItsHolderThenThePinLogsIn() {
        viewModel.badgeScanned("B-1001");
        assertFalse(viewModel.isPicking());
        assertEquals("Olga Operator", viewModel.getWho());

        typePin("111111");

        assertEquals("olga", loggedIn.get(0).user().login());
    }

    @Test
    void anUnknownBadgeIsRefusedInWords() {
        viewModel.badgeScanned("B-9999");
        assertEquals("Badge B-9999", viewModel.getWho());

        typePin("111111");

        assertTrue(loggedIn.isEmpty());
        assertTrue(viewModel.isPicking());
        assertTrue(viewModel.getNotice().text().startsWith("Badge not known"), viewModel.getNotice().text());
    }

    @Test
    void aDisabledUserIsNotListedAndTheirBadgeIsRefusedInWords() {
        Session admin = station.loginAs("ada", "999999");
        station.services().userAdministration().disable(admin, new UserCommands.DisableUser(user("olga").id(), "left the lab"));
        station.services().sessions().logout();
        viewModel.refresh();
        assertFalse(viewModel.getUsers().all().stream().anyMatch(u -> u.login().equals("olga")));

        viewModel.badgeScanned("B-1001");
        typePin("111111");

        assertTrue(loggedIn.isEmpty());
        assertEquals("This user is disabled. Ask an Admin.", viewModel.getNotice().text());
    }

    @Test
    void notMeGoesBackToTheListAndForgetsTheDigits() {
        viewModel.pick(user("sam"));
        viewModel.getPin().type('3');
        viewModel.back();
        assertTrue(viewModel.isPicking());
        assertEquals(0, viewModel.getPin().getLength());
        viewModel.submit();
        assertTrue(loggedIn.isEmpty());
        assertNull(station.services().sessions().current().orElse(null));
    }
}

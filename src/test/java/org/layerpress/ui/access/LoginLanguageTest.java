package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.User;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/** The language chips of the login screen on the real login use case and a real H2 store, without a stage. */
class LoginLanguageTest {

    @TempDir
    Path dir;
    private TestStation station;
    private final List<Session> loggedIn = new ArrayList<>();

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).clock(MutableClock.at("2026-11-26T08:00:00Z")).demoUsers().build();
    }

    @AfterEach
    void tearDown() {
        Words.use(Words.STATION_DEFAULT);
        station.close();
    }

    private LoginViewModel freshLogin() {
        LoginViewModel vm = new LoginViewModel(station.services().login(), UseCaseRunner.inline(), loggedIn::add, () -> { }, station.clock());
        vm.refresh();
        return vm;
    }

    private static User user(LoginViewModel vm, String login) {
        return vm.getUsers().all().stream().filter(u -> u.login().equals(login)).findFirst().orElseThrow();
    }

    private static void typePin(LoginViewModel vm, String digits) {
        digits.chars().forEach(c -> vm.getPin().type((char) c));
        vm.submit();
    }

    private Optional<Language> storedLanguage(String login) {
        return station.transactions().inTransaction(() -> station.stores().users().byLogin(login)).orElseThrow().language();
    }

    @Test
    void aLanguageTappedBeforeTheNameIsRememberedForThatPersonAndAuditedOnce() {
        LoginViewModel vm = freshLogin();
        vm.chooseLanguage(Language.GERMAN);
        assertEquals(Locale.GERMANY, Words.locale(), "the login screen switches at once");
        vm.pick(user(vm, "olga"));
        assertEquals(Language.GERMAN, vm.getLanguage(), "a tap before the name wins over the stored language");
        assertEquals("PIN eingeben, dann OK.", vm.getNotice().text());

        typePin(vm, "111111");

        assertEquals(Optional.of(Language.GERMAN), loggedIn.get(0).user().language(), "the session has the new language");
        assertEquals(Optional.of(Language.GERMAN), storedLanguage("olga"));
        assertEquals(1, station.auditCount(AuditActions.LANGUAGE_CHANGED, "olga"));

        Words.use(Words.STATION_DEFAULT);
        LoginViewModel next = freshLogin();
        next.pick(user(next, "olga"));
        assertEquals(Language.GERMAN, next.getLanguage(), "her name brings her language back");
        assertEquals(Locale.GERMANY, Words.locale());
        typePin(next, "111111");
        assertEquals(1, station.auditCount(AuditActions.LANGUAGE_CHANGED, "olga"), "an unchanged language is not audited again");
    }

    @Test
    void aLanguageTappedAfterTheNameCountsToo() {
        LoginViewModel vm = freshLogin();
        vm.pick(user(vm, "olga"));
        assertEquals(Language.ENGLISH, vm.getLanguage(), "never chosen: the station default");
        vm.chooseLanguage(Language.CHINESE);
        assertEquals("请输入 PIN，然后点“确定”。", vm.getNotice().text());
        typePin(vm, "111111");
        assertEquals(Optional.of(Language.CHINESE), storedLanguage("olga"));
    }

    @Test
    void aWrongPinChangesNobodysLanguage() {
        LoginViewModel vm = freshLogin();
        vm.chooseLanguage(Language.CHINESE);
        vm.pick(user(vm, "olga"));
        typePin(vm, "123456");
        assertTrue(loggedIn.isEmpty());
        assertEquals(Optional.empty(), storedLanguage("olga"));
        assertEquals(0, station.auditCount(AuditActions.LANGUAGE_CHANGED, "olga"));
    }

    @Test
    void notMeGoesBackToTheStationLanguage() {
        LoginViewModel vm = freshLogin();
        vm.chooseLanguage(Language.GERMAN);
        vm.pick(user(vm, "olga"));
        vm.back();
        assertEquals(Language.ENGLISH, vm.getLanguage());
        assertEquals(Locale.ENGLISH, Words.locale());
    }
}

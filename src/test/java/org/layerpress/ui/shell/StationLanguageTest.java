package org.layerpress.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.layerpress.ui.access.LoginViewTest.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.user.Language;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.StationContext;
import org.layerpress.ui.admin.UsersView;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The station's language as an Admin sets it on the Users screen, by taps, on the whole HMI under
 * Monocle with a real H2 station: the login screen is shown in it after each logout and at the next
 * start, and so are the screens of a person who never chose a language; a person's own choice wins.
 */
@ExtendWith(ApplicationExtension.class)
class StationLanguageTest {

    private static final String ENGLISH_HEADING = "Tap your name, or scan your badge.";
    private static final String GERMAN_HEADING = "Namen antippen oder Ausweis scannen.";

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            station.close();
        }
    }

    private void startHmi(FxRobot robot) {
        robot.interact(() -> {
            HmiContext ctx = StationContext.of(station);
            // The real Users screen, where the Admin sets the language (the test context has placeholders).
            ctx = ctx.withScreens(ctx.auditTrailScreen(), session -> UsersView.create(LayoutLocator.classpathOnly(), station.services(), session));
            stage.setScene(HmiApplication.createScene(ctx, () -> { }));
            stage.show();
        });
    }

    private static void tap(FxRobot robot, String query) throws TimeoutException {
        waitFor(robot, query);
        robot.clickOn(robot.lookup(query).<Node>query());
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("")).get(10, SECONDS);
    }

    private static void waitForText(FxRobot robot, String query, String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, SECONDS, () -> expected.equals(text(robot, query)));
    }

    private static void logIn(FxRobot robot, String login, String pin) throws TimeoutException {
        tap(robot, "#user-" + login);
        waitFor(robot, "#pinPad");
        for (char d : pin.toCharArray()) {
            tap(robot, "#pinPad #key" + d);
        }
        tap(robot, "#pinPad #keyOk");
    }

    @Test
    void theLoginScreenSpeaksTheStationsLanguageAfterLogoutAndAtStartAndAPersonsOwnChoiceWins(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().fakePress().build();
        startHmi(robot);
        waitFor(robot, "#user-ada");
        assertEquals(ENGLISH_HEADING, text(robot, ".lp-heading"), "English until an Admin sets another");

        logIn(robot, "ada", "999999");
        tap(robot, "#stationLanguage");
        tap(robot, "#stationLanguage-de");
        tap(robot, "#languageReason");
        robot.clickOn("Working language of the site");
        tap(robot, "#pickerOk");
        tap(robot, "#saveLanguage");
        waitForText(robot, "#message", "Station language set to DE.");
        assertEquals("Log out", text(robot, "#logoutButton"), "Ada's own screens stay as they were until she logs out");
        assertEquals(1, station.auditCount("SETTING_CHANGED", "ada"), "the change is audited");
        assertEquals(List.of("en → de: Working language of the site"), station.column(
                "SELECT old_value || ' → ' || new_value || ': ' || reason FROM audit_event WHERE action = 'SETTING_CHANGED'"));

        tap(robot, "#logoutButton");
        waitFor(robot, "#user-olga");
        waitForText(robot, ".lp-heading", GERMAN_HEADING);

        // Olga never chose a language: her PIN pad and her screens are in the station's.
        logIn(robot, "olga", "111111");
        waitForText(robot, "#logoutButton", "Abmelden");
        assertEquals("Pressen", text(robot, "#pressButton"));
        tap(robot, "#logoutButton");

        // Sam taps EN for himself: his screens are English, and the login screen goes back to German after him.
        waitFor(robot, "#user-sam");
        tap(robot, "#language-en");
        logIn(robot, "sam", "333333");
        waitForText(robot, "#logoutButton", "Log out");
        tap(robot, "#logoutButton");
        waitFor(robot, "#user-sam");
        waitForText(robot, ".lp-heading", GERMAN_HEADING);
        logIn(robot, "sam", "333333");
        waitForText(robot, "#logoutButton", "Log out");
        tap(robot, "#logoutButton");

        // The next start reads the setting before the first name is listed.
        startHmi(robot);
        waitFor(robot, "#user-ada");
        waitForText(robot, ".lp-heading", GERMAN_HEADING);
    }

    @Test
    void onlyAnAdminSetsTheStationsLanguageAndAnUnknownTagReadsAsEnglish() throws Exception {
        station = TestStation.builder(dir).demoUsers().fakePress().build();
        var settings = station.services().settings();
        assertThrows(AccessDeniedException.class, () -> settings.setStationLanguage(station.sam(), Language.GERMAN, "site decision"));
        assertEquals(Language.ENGLISH, settings.stationLanguage());
        assertEquals(0, station.auditCount("SETTING_CHANGED", "sam"), "a refusal changes nothing");

        settings.setStationLanguage(station.ada(), Language.CHINESE, "site decision");
        assertEquals(Language.CHINESE, settings.stationLanguage());
        station.sql("UPDATE settings SET setting_value = 'xx' WHERE setting_key = 'station.language'");
        assertEquals(Language.ENGLISH, settings.stationLanguage(), "a tag this version does not know");
    }
}

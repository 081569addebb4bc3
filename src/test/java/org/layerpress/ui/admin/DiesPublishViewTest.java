package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.dies.PublishedDie;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import org.layerpress.store.central.CentralDies;
import org.layerpress.store.central.CentralDiesTest;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.DiePull;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.MessageLine;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Publish dies to all stations" on the Dies screen, by taps and the Supervisor's PIN, into a real central
 * PostgreSQL, adopted by another station's pull; no key without a central database or for an Operator, and the use
 * case refuses an Operator itself; refused in words with nothing written while the central database cannot be reached.
 */
@ExtendWith(ApplicationExtension.class)
class DiesPublishViewTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private TestStation station(String name) {
        return station(name, Clock.systemUTC());
    }

    private TestStation station(String name, Clock clock) {
        TestStation s = TestStation.builder(dir.resolve(name)).clock(clock).demoUsers().offlinePress().build();
        open.add(s);
        return s;
    }

    private static DiePublishUseCase publishing(TestStation s, CentralLink link) {
        return new DiePublishUseCase(s.dieRegistry(), s.services().authorizer(), s.services().signatures(), new CentralDies(link), "press-a");
    }

    private DiesViewModel showAsSam(FxRobot robot, TestStation s, DiePublishUseCase publish) throws Exception {
        Session sam = s.loginAs("sam", "333333");
        DiesViewModel vm = new DiesViewModel(s.dieRegistry(), sam, UseCaseRunner.fx(), java.util.Optional.of(publish));
        robot.interact(() -> {
            stage.setScene(Screens.scene(DiesView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getRows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    private static void signPublication(FxRobot robot) {
        robot.clickOn("#publishDies");
        robot.clickOn("#ownName");
        robot.clickOn("#signReason");
        robot.clickOn("Dies changed on this station");
        robot.clickOn("#pickerOk");
        for (char c : "333333".toCharArray()) {
            robot.clickOn("#key" + c);
        }
        robot.clickOn("#signButton");
    }

    private static String message(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(MessageLine.class).getMessage().text()).get(10, SECONDS);
    }

    private static boolean dialogOpen(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("." + SignatureDialogView.OVERLAY).tryQuery().isPresent()).get(10, SECONDS);
    }

    @Test
    void aSupervisorPublishesTheDiesWithThePinAndAnotherStationAdoptsThem(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b", MutableClock.at(TestStation.START));
        a.dieRegistry().add(a.sam(), new DieCommands.AddDie("D12-01", 12, Force.kiloNewtons(150), "tungsten carbide", OptionalLong.of(5000)));
        int dies = a.dieRegistry().list(a.sam()).size();
        showAsSam(robot, a, publishing(a, pg.link(url)));
        List<String> findings = new ScreenChecks().check(stage.getScene(), "dies-publish-offered");

        signPublication(robot);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> message(robot, "#message").equals("Published to all stations: " + dies + " dies."));
        assertFalse(dialogOpen(robot));
        List<PublishedDie> central = new CentralDies(pg.link(url)).newest();
        assertEquals(dies, central.size());
        assertTrue(central.stream().allMatch(d -> d.publishedBy().equals("sam") && d.fromStation().equals("press-a")), central.toString());
        assertEquals(1, a.auditCount("DIES_READ_FOR_CENTRAL", "sam"));
        assertEquals(List.of("1"), a.column("SELECT COUNT(*) FROM signature WHERE entity_type = '" + DiePublishUseCase.ENTITY
                + "' AND login = 'sam'"));
        findings.addAll(new ScreenChecks().check(stage.getScene(), "dies-publish-done"));
        ScreenChecks.assertOnly(findings, List.of());

        DiePull pull = CentralDiesTest.puller(b, pg.link(url));
        open.add(pull);
        assertTrue(pull.pullOnce());
        RegisteredDie adopted = b.transactions().inTransaction(() -> b.stores().dies().byId("D12-01")).orElseThrow();
        assertEquals(12, adopted.die().bore().millimetres(), 1e-9);
        assertEquals("tungsten carbide", adopted.material());
    }

    @Test
    void theKeyIsOfferedOnlyWithACentralDatabaseToASupervisorAndTheUseCaseRefusesAnOperator() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        DiePublishUseCase publish = publishing(a, pg.link(url));
        Session sam = a.loginAs("sam", "333333");
        assertTrue(new DiesViewModel(a.dieRegistry(), sam, UseCaseRunner.inline(), java.util.Optional.of(publish)).getPublishForm().isOffered(),
                "the key for a Supervisor on a station with a central database");
        assertFalse(new DiesViewModel(a.dieRegistry(), sam, UseCaseRunner.inline()).getPublishForm().isOffered(),
                "no key without a central database");
        Session olga = a.loginAs("olga", "111111");
        assertFalse(new DiesViewModel(a.dieRegistry(), olga, UseCaseRunner.inline(), java.util.Optional.of(publish)).getPublishForm().isOffered(),
                "no key for an Operator");

        assertThrows(AccessDeniedException.class, () -> publish.publish(olga, TestStation.signature("olga", "111111", "trying")));
        assertEquals(List.of(), new CentralDies(pg.link(url)).newest());
        assertEquals(0, a.auditCount("DIES_READ_FOR_CENTRAL", "olga"));
    }

    @Test
    void anUnreachableCentralDatabaseRefusesInWordsAndNothingIsWritten(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        TestStation a = station("a");
        showAsSam(robot, a, publishing(a, CentralLink.of("jdbc:postgresql://localhost:" + closed + "/layerpress", "postgres", null)));
        long signaturesBefore = Long.parseLong(a.column("SELECT COUNT(*) FROM signature").get(0));
        long auditBefore = a.auditTotal();

        signPublication(robot);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> message(robot, "#signMessage").contains("central database cannot be reached now"));
        assertTrue(dialogOpen(robot), "the dialog stays, with the refusal in words");
        assertEquals(signaturesBefore, Long.parseLong(a.column("SELECT COUNT(*) FROM signature").get(0)), "no signature kept");
        assertEquals(auditBefore, a.auditTotal(), "nothing audited: nothing was written");
        robot.clickOn("#signCancel");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !dialogOpen(robot));
    }
}

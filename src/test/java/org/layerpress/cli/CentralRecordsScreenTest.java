package org.layerpress.cli;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.CentralSignOff;
import org.layerpress.application.review.CentralSignOffImport;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.WorkstationSignOffUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.store.central.CentralBatchList;
import org.layerpress.store.central.CentralForwarder;
import org.layerpress.store.JdbcSignOffLedger;
import org.layerpress.store.central.CentralLotUses;
import org.layerpress.store.central.CentralRecordReader;
import org.layerpress.store.central.CentralSignOffs;
import org.layerpress.store.central.SignOffPull;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.records.BatchLine;
import org.layerpress.ui.records.BatchListSource;
import org.layerpress.ui.records.QaSources;
import org.layerpress.ui.records.RecordsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Records section of a QA workstation over a real central PostgreSQL that two real stations forwarded to. */
@ExtendWith(ApplicationExtension.class)
class CentralRecordsScreenTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    private Stage stage;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<CentralForwarder> forwarders = new ArrayList<>();

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
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private TestStation forwarded(String name, String url, String... batches) throws Exception {
        TestStation s = TestStation.builder(dir.resolve(name)).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(s);
        for (String id : batches) {
            BatchRecordBuilder.complete(s, "olga", id);
        }
        CentralForwarder f = new CentralForwarder(s.database(), name, pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        forwarders.add(f);
        while (f.forwardOnce().read() > 0 && f.backlog().waiting() > 0) {
            // rounds until the backlog is sent
        }
        return s;
    }

    @Test
    void theListNamesEachLinesStationAndTheStationChipNarrowsItToOneStation(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        TestStation a = forwarded("press-a", url, "B-20261125-0001", "B-20261125-0002");
        TestStation b = forwarded("press-b", url, "B-20261125-0001");
        QaSources sources = workstation(url, a);
        RecordsView view = show(robot, sources, a);
        List<String> findings = new ArrayList<>();
        ScreenChecks checks = new ScreenChecks();

        List<String> ids = fx(() -> view.getListModel().rows().stream().map(BatchLine::batchId).sorted().toList());
        assertEquals(List.of("press-a/B-20261125-0001", "press-a/B-20261125-0002", "press-b/B-20261125-0001"), ids);
        assertEquals("Station\nAll stations", fx(() -> robot.lookup("#stationFilter").queryButton().getText()));
        findings.addAll(checks.check(stage.getScene(), "central-records-list"));

        tap(robot, "#stationFilter");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(".lp-picker-overlay").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        findings.addAll(checks.check(stage.getScene(), "central-records-station-picker"));
        robot.clickOn(robot.from(robot.lookup(".lp-picker-overlay").queryAll()).lookup("press-b").<Node>query());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> view.getListModel().rows().size() == 1));
        assertEquals("press-b/B-20261125-0001", fx(() -> view.getListModel().rows().get(0).batchId()));
        assertEquals("Station\npress-b", fx(() -> robot.lookup("#stationFilter").queryButton().getText()));
        findings.addAll(checks.check(stage.getScene(), "central-records-one-station"));

        // The record opened from central is press-b's own, and Quinn, who had no hand in it, may sign it off here.
        BatchRecord opened = sources.records().open("press-b/B-20261125-0001");
        assertEquals(b.review().reader().existing("B-20261125-0001").contentHash(), opened.contentHash());
        assertEquals(Optional.empty(), sources.signOffCheck().whyNot(opened));
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void aStationsOwnListHasNoStationChip(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        TestStation a = forwarded("press-a", url, "B-20261125-0001");
        var session = a.quinn();
        QaSources own = new QaSources(BatchListSource.of(f -> a.batchList().list(session, f), () -> a.batchList().recipeNames(session),
                () -> a.batchList().operators(session)), id -> a.review().records().open(session, id),
                r -> a.review().signOff().whyNotSignable(session, r),
                (id, d, sig) -> a.review().signOff().signOff(session, id, d, sig).review().orElseThrow(), (id, f, place) -> "");
        RecordsView view = show(robot, own, a);
        assertEquals(1, fx(() -> view.getListModel().rows().size()));
        assertTrue(fx(() -> !robot.lookup("#stationFilter").query().isVisible()), "a station's own list has no Station filter");
    }

    @Test
    void qaSignsOffOnTheWorkstationByTapsAndSeesItWaitUntilTheStationsReviewComesBack(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        TestStation a = forwarded("press-a", url, "B-20261125-0001");
        TestStation qa = TestStation.builder(dir.resolve("qa-1")).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(qa);
        RecordsView view = show(robot, workstation(url, qa), qa);
        ScreenChecks checks = new ScreenChecks();
        List<String> findings = new ArrayList<>();

        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()
                && !robot.lookup("#approve").queryAs(Button.class).isDisabled()));
        tap(robot, "#approve");
        tap(robot, "#ownName");
        // The record is flagged (the LGPS mass), so approving it takes a reason, picked by tap.
        tap(robot, "#signReason");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(".lp-picker-overlay").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(robot.lookup(".lp-picker-overlay").queryAll()).lookup("Flags reviewed and acceptable").<Node>query());
        tap(robot, "#pickerOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup("#pickerOk").tryQuery().isEmpty()));
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#key2");
        }
        findings.addAll(checks.check(stage.getScene(), "central-signoff-dialog"));
        tap(robot, "#signButton");
        String waiting = "Approval by quinn sent, waiting for press-a";
        try {
            WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> robot.lookup("#signOffBlocker").queryAs(Label.class).getText().startsWith(waiting)));
        } catch (TimeoutException e) {
            throw new AssertionError("blocker: " + fx(() -> robot.lookup("#signOffBlocker").queryAs(Label.class).getText()) + " | sign: "
                    + fx(() -> robot.lookup("#signMessage").tryQuery().map(n -> n.toString()).orElse("-")) + " | detail: "
                    + fx(() -> robot.lookup("#detailMessage").queryAs(Label.class).getText()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sign-off sent to press-a; it becomes the record's review when press-a has checked it.",
                fx(() -> robot.lookup("#detailMessage").queryAs(Label.class).getText()), "said right after signing, not \"Signed off\"");
        findings.addAll(checks.check(stage.getScene(), "central-signoff-sent"));
        assertTrue(fx(() -> robot.lookup("#approve").queryAs(Button.class).isDisabled()), "sent once: not signed again while it waits");
        // Opened again later, before the station has taken it: still waiting, and still not signable.
        tap(robot, "#back");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()
                && robot.lookup("#signOffBlocker").queryAs(Label.class).getText().equals(waiting)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup("#approve").queryAs(Button.class).isDisabled()));
        findings.addAll(checks.check(stage.getScene(), "central-signoff-waiting"));
        assertTrue(a.review().reader().existing("B-20261125-0001").review().isEmpty(), "the station has not pulled it yet");

        // The station takes it as its review and forwards it; opened again, the record is signed off.
        CentralSignOffImport importer = new CentralSignOffImport(a.review().reader(), a.stores().reviews(), a.stores().signatures(),
                new JdbcSignOffLedger(a.transactions()), a.services().auditor(), a.transactions(), a.clock());
        assertTrue(new SignOffPull(pg.link(url), "press-a", importer, Duration.ofHours(1)).pullOnce());
        assertEquals(QaDecision.APPROVED, a.review().reader().existing("B-20261125-0001").review().orElseThrow().decision());
        forwarders.get(0).forwardOnce();
        tap(robot, "#back");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> "Signed off already; the record is locked.".equals(
                robot.lookup("#signOffBlocker").queryAs(Label.class).getText())));
        assertTrue(fx(() -> robot.lookup("#chipRow").queryAs(HBox.class).getChildren().stream()
                .anyMatch(n -> n instanceof Label l && "Approved".equals(l.getText()))));
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void aSignOffTheStationRefusedShowsTheStationsWordsInsteadOfWaitingAndQaMaySignAgain(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        TestStation a = forwarded("press-a", url, "B-20261125-0001");
        TestStation qa = TestStation.builder(dir.resolve("qa-1")).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(qa);
        // A sign-off for content the station no longer has (as when the record changed after QA read it), written as a
        // workstation writes it; the station refuses it, audits the refusal, and its audit rows are forwarded.
        CentralSignOffs central = new CentralSignOffs(pg.link(url));
        CentralSignOff stale = central.send(new CentralSignOff(0, "press-a", "B-20261125-0001", "0".repeat(64), QaDecision.APPROVED, "quinn",
                "Quinn Reviewer", Instant.parse(TestStation.START), "Flags reviewed and acceptable", "qa-1"));
        CentralSignOffImport importer = new CentralSignOffImport(a.review().reader(), a.stores().reviews(), a.stores().signatures(),
                new JdbcSignOffLedger(a.transactions()), a.services().auditor(), a.transactions(), a.clock());
        assertTrue(new SignOffPull(pg.link(url), "press-a", importer, Duration.ofHours(1)).pullOnce());
        forwarders.get(0).forwardOnce();
        String why = central.refusal(stale).orElseThrow(() -> new AssertionError("the station's refusal did not reach central"));
        assertTrue(why.startsWith("the record changed after QA saw it"), why);

        RecordsView view = show(robot, workstation(url, qa), qa);
        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("\u26a0 Refused by press-a", fx(() -> robot.lookup("#signOffBlocker").queryAs(Label.class).getText()));
        // The station's words, each SHA-256 in them by its first 12 digits.
        assertEquals("press-a refused the approval by quinn: the record changed after QA saw it: its content hash is "
                + a.review().reader().existing("B-20261125-0001").contentHash().substring(0, 12) + "…, the sign-off is for 000000000000…",
                view.detail().getViewModel().getHeader().signature());
        assertTrue(fx(() -> robot.lookup("#signature").queryAs(Label.class).getText().endsWith("the sign-off is for 000000000000…")),
                "shown in the QA signature panel");
        assertFalse(fx(() -> robot.lookup("#approve").queryAs(Button.class).isDisabled()), "signable again: nothing waits");
        ScreenChecks.assertOnly(new ScreenChecks().check(stage.getScene(), "central-signoff-refused"), List.of());
    }

    /** The Records sources of a QA workstation whose own people are {@code people}'s, over the central database at {@code url}. */
    private QaSources workstation(String url, TestStation people) {
        WorkstationSignOffUseCase signOffs = new WorkstationSignOffUseCase(new CentralRecordReader(pg.link(url)), new CentralSignOffs(pg.link(url)),
                people.services().signatures(), people.services().authorizer(), people.services().auditor(), "qa-1");
        Session session = people.quinn();
        return CentralRecordsSection.sources(new CentralBatchList(pg.link(url), ZoneOffset.UTC), new CentralLotUses(pg.link(url)),
                new CentralRecordReader(pg.link(url)), signOffs,
                session, () -> people.services().authorizer().require(session, Permission.READ_BATCH_RECORDS, "read"));
    }

    private RecordsView show(FxRobot robot, QaSources sources, TestStation station) throws TimeoutException {
        RecordsView[] view = new RecordsView[1];
        var session = station.quinn();
        robot.interact(() -> {
            view[0] = RecordsView.load(LayoutLocator.classpathOnly(), sources, session, UseCaseRunner.fx(), Clock.systemUTC(), ZoneId.of("UTC"));
            Scene scene = new Scene(view[0].root(), 1280, 700);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> !view[0].getListModel().rows().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static void tap(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)));
        robot.clickOn(robot.lookup(query).<Node>query());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
    }
}

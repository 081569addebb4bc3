package org.layerpress.cli;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.station.Station;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiStart;
import org.layerpress.ui.shell.StartRefusalViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code run} on a database whose running batch was rewritten by SQL: the kiosk starts as it always
 * does, and in place of the login shows the refusal in words, the findings, the verify command, who
 * to call and a Close that ends the HMI; nothing is written to the refused file.
 */
@ExtendWith(ApplicationExtension.class)
class StartRefusalScreenTest {

    private static final String BATCH = "B-20261125-0001";

    @TempDir
    Path dir;
    private Stage stage;
    private StationStart start;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        if (start != null) {
            start.close();
        }
    }

    private long auditRows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("layerpress"), "layerpress", "");
             Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aTamperedRunningBatchStopsTheStationWithTheRefusalOnTheWholeScreen(FxRobot robot) throws Exception {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            BatchRecordBuilder.bilayer(BATCH).by("olga").on(station).runningAfter(6);
        }
        EvidenceSealTest.tamper(dir, EvidenceSealTest.drop("batch_event_no_update"),
                "UPDATE batch_event SET values_json = REPLACE(values_json, '60.4', '75.0') WHERE batch_id = '" + BATCH
                        + "' AND values_json LIKE '%60.4%'",
                EvidenceSealTest.restore("batch_event_no_update", "UPDATE", "batch_event"));
        long rowsBefore = auditRows();
        byte[] anchorBefore = Files.readAllBytes(dir.resolve("layerpress.anchor"));

        PressMapping simulator = MappingLoader.loadBundled("simulator.yaml");
        Station.Builder builder = Station.builder(dir).embeddedSimulator(simulator);
        HmiStart hmi = HmiStart.starting(simulator.press().model(), Optional.empty(), true, null);
        AtomicInteger exits = new AtomicInteger();
        start = new StationStart(builder, false, simulator.press(), s -> {
            throw new AssertionError("the HMI's sections must not be built on a refused database");
        }, hmi).begin();
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene s = HmiApplication.createScene(hmi, exits::incrementAndGet);
            stage.setScene(s);
            stage.show();
            return s;
        }).get(10, SECONDS);

        WaitForAsyncUtils.waitFor(30, SECONDS, () -> robot.lookup("#refusalTitle").tryQuery().isPresent());
        assertEquals(StartRefusalViewModel.TITLE, robot.lookup("#refusalTitle").queryAs(Labeled.class).getText());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#finding-0").tryQuery().isPresent());
        String finding = robot.lookup("#finding-0").queryAs(Labeled.class).getText();
        assertTrue(finding.contains("of running batch " + BATCH + ": content differs from its sealed hash"), finding);
        assertEquals("layerpress audit verify --data-dir " + dir.toAbsolutePath(), robot.lookup("#verifyCommand").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#whoToCall").queryAs(Labeled.class).getText().startsWith("Call your QA lead"));
        assertTrue(robot.lookup("#userName").tryQuery().isEmpty(), "no login on a refused database");

        ScreenChecks.assertOnly(new ScreenChecks().check(scene, "start-refusal"), List.of());

        robot.clickOn("#closeRefusal");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> exits.get() == 1);
        start.close();
        assertTrue(start.failure().isPresent(), "run still ends with the refusal as its failure (and exit code)");
        start = null;
        assertEquals(rowsBefore, auditRows(), "no audit row was written to the refused database");
        assertArrayEquals(anchorBefore, Files.readAllBytes(dir.resolve("layerpress.anchor")), "the anchor file is as it was");
    }
}

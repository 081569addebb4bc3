package org.layerpress.cli;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.station.Station;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.MessageLine;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiStart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code run} on a database past the compaction threshold: the login screen is up at once and says, in place of
 * "the station is starting", that the record database is being compacted, its size and the estimated time; once
 * the database is open the notice goes and the names appear. Real H2 file, real station start, real JavaFX.
 */
@ExtendWith(ApplicationExtension.class)
class CompactionOnLoginScreenTest {

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

    @Test
    void theLoginScreenSaysTheCompactionWhileItRunsAndThenShowsTheNames(FxRobot robot) throws Exception {
        try (TestStation s = TestStation.builder(dir).demoUsers().build()) {
            for (int i = 1; i <= 60; i++) {
                AuditEntry e = new AuditEntry(Instant.parse(TestStation.START), 0, "station", "STEP_CONFIRMED", "batch", "B-1", "", "step " + i, "");
                s.transactions().inTransaction(() -> s.stores().audit().append(e));
            }
        }
        PressMapping simulator = MappingLoader.loadBundled("simulator.yaml");
        Station.Builder builder = Station.builder(dir).embeddedSimulator(simulator).dies(List.of(TestStation.DIE)).compactAbove(0);
        HmiStart hmi = HmiStart.starting(simulator.press().model(), Optional.empty(), true, null);
        List<String> said = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(HmiApplication.createScene(hmi, () -> { }));
            stage.show();
            MessageLine notice = robot.lookup("#listNotice").queryAs(MessageLine.class);
            said.add(notice.getMessage().text());
            notice.messageProperty().addListener((o, was, now) -> said.add(now.text()));
            return null;
        }).get(10, SECONDS);

        start = new StationStart(builder, false, simulator.press(), station -> {
            throw new IllegalStateException("no sections in this test");
        }, hmi).begin();

        WaitForAsyncUtils.waitFor(60, SECONDS, () -> robot.lookup("#user-olga").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The station is starting: the names appear in a moment.", said.get(0), said.toString());
        String compacting = said.stream().filter(t -> t.startsWith("Compacting the record database (")).findFirst()
                .orElseThrow(() -> new AssertionError("no compaction notice among " + said));
        assertTrue(compacting.matches("Compacting the record database \\(\\d+ MB\\): about \\d+ s\\. The names appear when it is done\\."), compacting);
        String last = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#listNotice").queryAs(MessageLine.class).getMessage()).get(10, SECONDS).text();
        assertTrue(!last.startsWith("Compacting"), "the notice goes once the database is open: " + last);
        assertTrue(Message.NONE.text().equals(last) || last.isEmpty(), "nothing left to say: " + last);
    }
}

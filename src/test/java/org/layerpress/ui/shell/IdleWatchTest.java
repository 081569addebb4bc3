package org.layerpress.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/** Idle logout as the HMI wires it: periodic checks, every tap counts as activity; default timeout 5 min. */
class IdleWatchTest {

    @TempDir
    Path dir;
    private TestStation station;
    private final AtomicInteger loggedOut = new AtomicInteger();
    private IdleWatch watch;

    @BeforeEach
    void olgaIsLoggedIn() {
        station = TestStation.builder(dir).demoUsers().build();
        station.loginAs("olga", "111111");
        watch = new IdleWatch(station.services().sessions(), UseCaseRunner.inline(), loggedOut::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    @Test
    void fiveMinutesWithoutATouchLogsOut() {
        station.clock().advance(Duration.ofMinutes(4).plusSeconds(59));
        watch.check();
        assertEquals(0, loggedOut.get());

        station.clock().advance(Duration.ofSeconds(1));
        watch.check();

        assertEquals(1, loggedOut.get());
        assertTrue(station.services().sessions().current().isEmpty());
        watch.check();
        assertEquals(1, loggedOut.get(), "no session, nothing more to end");
    }

    @Test
    void aTapStartsTheIdleTimeAgain() {
        station.clock().advance(Duration.ofMinutes(4));
        watch.activity();
        station.clock().advance(Duration.ofMinutes(4));
        watch.check();
        assertEquals(0, loggedOut.get());
    }

    @Test
    void aRunningPressStepKeepsItsOperator() {
        station.services().sessions().bindToRunningStep(true);
        station.clock().advance(Duration.ofMinutes(30));
        watch.check();
        assertEquals(0, loggedOut.get());

        station.services().sessions().bindToRunningStep(false);
        watch.check();
        assertEquals(1, loggedOut.get());
    }
}

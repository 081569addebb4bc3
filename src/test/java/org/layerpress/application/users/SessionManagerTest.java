package org.layerpress.application.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.testing.TestStation;

/** Auto-logout after the Admin's idle time (default 5 min), except while a press step runs. */
class SessionManagerTest {

    @TempDir
    Path dir;
    TestStation station;
    SessionManager sessions;

    @BeforeEach
    void seed() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        sessions = station.services().sessions();
    }

    @Test
    void idleSessionEndsAfterFiveMinutesByDefault() {
        station.loginAs("olga", "111111");
        station.clock().advance(Duration.ofMinutes(4).plusSeconds(59));
        assertFalse(sessions.logoutIfIdle());
        station.clock().advance(Duration.ofSeconds(1));
        assertTrue(sessions.logoutIfIdle());
        assertTrue(sessions.current().isEmpty());
        assertEquals(1, station.auditCount(AuditActions.LOGOUT, "olga"));
    }

    @Test
    void activityKeepsTheSessionAlive() {
        station.loginAs("olga", "111111");
        station.clock().advance(Duration.ofMinutes(4));
        sessions.touch();
        station.clock().advance(Duration.ofMinutes(4));
        assertFalse(sessions.logoutIfIdle());
    }

    @Test
    void runningPressStepKeepsItsOperatorBound() {
        station.loginAs("olga", "111111");
        sessions.bindToRunningStep(true);
        station.clock().advance(Duration.ofMinutes(30));
        assertFalse(sessions.logoutIfIdle(), "a running step never loses its operator");
        sessions.bindToRunningStep(false);
        assertTrue(sessions.logoutIfIdle());
    }

    @Test
    void adminSetIdleTimeoutApplies() {
        Session admin = station.loginAs("ada", "999999");
        station.services().settings().setIdleTimeout(admin, Duration.ofMinutes(2), "Shared station, short idle");
        station.clock().advance(Duration.ofMinutes(2));
        assertTrue(sessions.logoutIfIdle());
        assertEquals(1, station.auditCount(AuditActions.SETTING_CHANGED, "ada"));
    }
}

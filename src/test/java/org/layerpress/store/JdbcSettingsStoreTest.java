package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;

class JdbcSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void idleTimeoutIsFiveMinutesUntilSet() {
        try (TestStation station = TestStation.builder(dir).build()) {
            assertEquals(Duration.ofMinutes(5), station.transactions().inTransaction(station.stores().settings()::idleTimeout));
        }
    }

    @Test
    void idleTimeoutSetIsReadBackAndSurvivesReopening() {
        try (TestStation station = TestStation.builder(dir).build()) {
            station.transactions().inTransaction(() -> {
                station.stores().settings().setIdleTimeout(Duration.ofSeconds(90));
                return null;
            });
            assertEquals(Duration.ofSeconds(90), station.transactions().inTransaction(station.stores().settings()::idleTimeout));
            station.transactions().inTransaction(() -> {
                station.stores().settings().setIdleTimeout(Duration.ofMinutes(15));
                return null;
            });
        }
        try (TestStation reopened = TestStation.builder(dir).build()) {
            assertEquals(Duration.ofMinutes(15), reopened.transactions().inTransaction(reopened.stores().settings()::idleTimeout));
        }
    }

    @Test
    void zeroIdleTimeoutIsRefused() {
        try (TestStation station = TestStation.builder(dir).build()) {
            assertThrows(IllegalArgumentException.class, () -> station.transactions().inTransaction(() -> {
                station.stores().settings().setIdleTimeout(Duration.ZERO);
                return null;
            }));
            assertEquals(Duration.ofMinutes(5), station.transactions().inTransaction(station.stores().settings()::idleTimeout));
        }
    }
}

package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void idleTimeoutIsFiveMinutesUntilSet() {
        try (StoreRig rig = new StoreRig(dir)) {
            assertEquals(Duration.ofMinutes(5), rig.tx.inTransaction(rig.settings::idleTimeout));
        }
    }

    @Test
    void idleTimeoutSetIsReadBackAndSurvivesReopening() {
        try (StoreRig rig = new StoreRig(dir)) {
            rig.tx.inTransaction(() -> {
                rig.settings.setIdleTimeout(Duration.ofSeconds(90));
                return null;
            });
            assertEquals(Duration.ofSeconds(90), rig.tx.inTransaction(rig.settings::idleTimeout));
            rig.tx.inTransaction(() -> {
                rig.settings.setIdleTimeout(Duration.ofMinutes(15));
                return null;
            });
        }
        try (StoreRig reopened = new StoreRig(dir)) {
            assertEquals(Duration.ofMinutes(15), reopened.tx.inTransaction(reopened.settings::idleTimeout));
        }
    }

    @Test
    void zeroIdleTimeoutIsRefused() {
        try (StoreRig rig = new StoreRig(dir)) {
            assertThrows(IllegalArgumentException.class, () -> rig.tx.inTransaction(() -> {
                rig.settings.setIdleTimeout(Duration.ZERO);
                return null;
            }));
            assertEquals(Duration.ofMinutes(5), rig.tx.inTransaction(rig.settings::idleTimeout));
        }
    }
}

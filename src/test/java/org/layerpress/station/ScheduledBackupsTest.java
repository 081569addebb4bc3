package org.layerpress.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;

/** Scheduled backups on a real H2 file: each run writes a checked backup and keeps the newest N; a failure is a warning in words. */
class ScheduledBackupsTest {

    @TempDir
    Path dir;

    @Test
    void eachRunWritesABackupAndOnlyTheNewestAreKept() throws Exception {
        Path folder = dir.resolve("backups");
        List<String> warnings = new ArrayList<>();
        try (TestStation s = TestStation.builder(dir.resolve("data")).demoUsers().build()) {
            ScheduledBackups b = new ScheduledBackups(s.database(), new ScheduledBackups.Settings(folder, Duration.ofHours(24), 2, "GB-2"),
                    s.clock(), warnings::add);
            for (int i = 0; i < 3; i++) {
                b.once();
                s.clock().advance(Duration.ofHours(24));
            }
        }
        assertEquals(List.of(), warnings);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("layerpress-GB-2-20261126T090000Z.zip", "layerpress-GB-2-20261127T090000Z.zip"), names);
        }
    }

    @Test
    void aFailedBackupIsAWarningInWordsAndThrowsNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        List<String> warnings = new ArrayList<>();
        try (TestStation s = TestStation.builder(dir.resolve("data")).build()) {
            new ScheduledBackups(s.database(), new ScheduledBackups.Settings(notAFolder, Duration.ofHours(1), 3, "GB-2"), s.clock(), warnings::add)
                    .once();
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("the scheduled backup into " + notAFolder + " failed: "), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("The station runs on; the next backup is tried in 1 h."), warnings.get(0));
    }
}

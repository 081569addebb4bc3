package org.layerpress.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.alarms.AlarmTransition;
import org.layerpress.application.alarms.StationAlarm;
import org.layerpress.application.alarms.StationAlarmEvent;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.alarms.UpkeepConditions;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;
import org.layerpress.testing.TightFolder;

/**
 * The station's upkeep as station alarms, on a whole station (real H2 file, the simulated PLC over
 * loopback): the station's own scheduled backups into a target that fails, then works again; and the
 * free disk space, read on the station clock, falling below the warning level and the batch floor and
 * coming back.
 */
class StationUpkeepAlarmsTest {

    private static final long PLENTY = 50_000_000_000L;

    @TempDir
    Path dir;
    private TestStation station;
    private StationAlarmManager alarms;

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    private void open(TestStation.Builder builder) {
        station = builder.demoUsers().simulatedPress().build();
        alarms = station.alarms().manager();
    }

    private AlarmState state(String key) {
        return alarms.alarm(key).map(StationAlarm::state).orElse(AlarmState.NORMAL);
    }

    private void waitForState(String key, AlarmState expected) {
        Eventually.waitUntil(key + " " + expected, () -> state(key) == expected, () -> alarms.alarm(key));
    }

    @Test
    void aFailedScheduledBackupIsAMediumAlarmSayingWhereUntilTheNextBackupIsWritten() throws Exception {
        Path target = Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        open(TestStation.builder(dir.resolve("data")).freeSpace(new TightFolder(dir, PLENTY))
                .backups(new ScheduledBackups.Settings(target, Duration.ofHours(24), 3, "GB-2")));

        station.backups().once();

        waitForState(UpkeepConditions.BACKUP_FAILED, AlarmState.ACTIVE_UNACKNOWLEDGED);
        StationAlarm failed = alarms.alarm(UpkeepConditions.BACKUP_FAILED).orElseThrow();
        assertEquals(AlarmPriority.MEDIUM, failed.priority());
        assertTrue(failed.message().startsWith("The scheduled backup into " + target + " failed: "), failed.message());

        Files.delete(target);
        Files.createDirectory(target);
        station.backups().once();

        waitForState(UpkeepConditions.BACKUP_FAILED, AlarmState.RETURNED_UNACKNOWLEDGED);
        try (var files = Files.list(target)) {
            assertEquals(1, files.count(), "the backup that cleared the alarm was written");
        }
        alarms.acknowledge(station.sam(), UpkeepConditions.BACKUP_FAILED);
        assertEquals(AlarmState.NORMAL, state(UpkeepConditions.BACKUP_FAILED));
        List<AlarmTransition> history = alarms.history(station.sam(), Duration.ofHours(1)).stream()
                .filter(e -> e.alarmKey().equals(UpkeepConditions.BACKUP_FAILED)).map(StationAlarmEvent::transition).toList();
        assertEquals(List.of(AlarmTransition.ACKNOWLEDGED, AlarmTransition.CLEARED, AlarmTransition.RAISED), history);
    }

    @Test
    void diskSpaceBelowTheWarningLevelThenBelowTheFloorRaisesALowThenAHighAlarmEachClearedWhenSpaceIsBack() {
        TightFolder folder = new TightFolder(dir.resolve("data"), PLENTY);
        open(TestStation.builder(dir.resolve("data")).freeSpace(folder));

        folder.free(1_500_000_000L);
        station.clock().advance(UpkeepConditions.DISK_CHECK_EVERY);

        waitForState(UpkeepConditions.DISK_SPACE_LOW, AlarmState.ACTIVE_UNACKNOWLEDGED);
        StationAlarm low = alarms.alarm(UpkeepConditions.DISK_SPACE_LOW).orElseThrow();
        assertEquals(AlarmPriority.LOW, low.priority());
        assertTrue(low.message().startsWith("disk space is getting low: 1500 MB free under "), low.message());
        assertEquals(AlarmState.NORMAL, state(UpkeepConditions.DISK_SPACE_BELOW_FLOOR));

        folder.free(150_000_000L);
        station.clock().advance(UpkeepConditions.DISK_CHECK_EVERY);

        waitForState(UpkeepConditions.DISK_SPACE_BELOW_FLOOR, AlarmState.ACTIVE_UNACKNOWLEDGED);
        StationAlarm floor = alarms.alarm(UpkeepConditions.DISK_SPACE_BELOW_FLOOR).orElseThrow();
        assertEquals(AlarmPriority.HIGH, floor.priority());
        assertTrue(floor.message().contains("below the 200 MB needed to start a batch"), floor.message());
        assertEquals(AlarmState.RETURNED_UNACKNOWLEDGED, state(UpkeepConditions.DISK_SPACE_LOW), "one alarm for one level");

        folder.free(PLENTY);
        station.clock().advance(UpkeepConditions.DISK_CHECK_EVERY);

        waitForState(UpkeepConditions.DISK_SPACE_BELOW_FLOOR, AlarmState.RETURNED_UNACKNOWLEDGED);
        assertEquals(AlarmState.RETURNED_UNACKNOWLEDGED, state(UpkeepConditions.DISK_SPACE_LOW));
    }
}

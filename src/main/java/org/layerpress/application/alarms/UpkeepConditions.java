package org.layerpress.application.alarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.upkeep.DiskSpaceGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's upkeep as alarm conditions: the last scheduled backup failed, and the disk space under
 * the data folder low or below the batch-start floor. The backup's condition follows what the schedule
 * reports; the disk is read again at most once every {@link #DISK_CHECK_EVERY} of the station clock, so
 * a caller may ask as often as it likes.
 *
 * <p>Not thread-safe: one caller (the station's alarm thread) at a time.
 */
public final class UpkeepConditions {

    public static final String BACKUP_FAILED = "BACKUP_FAILED";
    public static final String DISK_SPACE_LOW = "DISK_SPACE_LOW";
    public static final String DISK_SPACE_BELOW_FLOOR = "DISK_SPACE_BELOW_FLOOR";
    /** How often the free space is read: it changes slowly, and the read asks the file system. */
    public static final Duration DISK_CHECK_EVERY = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(UpkeepConditions.class);
    private static final String BACKUP_WORDS = "Scheduled backup failed";

    private final DiskSpaceGuard disk;
    private final Clock clock;
    private Instant nextDiskCheck;

    public UpkeepConditions(DiskSpaceGuard disk, Clock clock) {
        this.disk = disk;
        this.clock = clock;
    }

    /** A scheduled backup failed; {@code words} say what and where. */
    public PressConditions.Reading backupFailed(String words) {
        String said = words == null || words.isBlank() ? BACKUP_WORDS : words.strip();
        return new PressConditions.Reading(new AlarmCondition(BACKUP_FAILED, AlarmPriority.MEDIUM,
                Character.toUpperCase(said.charAt(0)) + said.substring(1)), true);
    }

    /** A scheduled backup was written: the condition of the one before is gone. */
    public PressConditions.Reading backupSucceeded() {
        return new PressConditions.Reading(new AlarmCondition(BACKUP_FAILED, AlarmPriority.MEDIUM, BACKUP_WORDS), false);
    }

    /**
     * The disk's two conditions when a check is due (the first call, then once {@link #DISK_CHECK_EVERY}
     * has passed on the station clock), nothing otherwise. A free space that cannot be read changes
     * nothing: the conditions keep the state they had.
     */
    public List<PressConditions.Reading> diskIfDue() {
        Instant now = clock.instant();
        if (nextDiskCheck != null && now.isBefore(nextDiskCheck)) {
            return List.of();
        }
        nextDiskCheck = now.plus(DISK_CHECK_EVERY);
        DiskSpaceGuard.Verdict v;
        try {
            v = disk.check();
        } catch (RuntimeException e) {
            LOG.warn("free disk space not read, its alarms keep their state: {}", e.getMessage());
            return List.of();
        }
        return List.of(
                new PressConditions.Reading(new AlarmCondition(DISK_SPACE_LOW, AlarmPriority.LOW, v.words()), v.level() == DiskSpaceGuard.Level.LOW),
                new PressConditions.Reading(new AlarmCondition(DISK_SPACE_BELOW_FLOOR, AlarmPriority.HIGH, v.words()),
                        v.level() == DiskSpaceGuard.Level.BELOW_FLOOR));
    }
}

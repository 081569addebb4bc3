package org.layerpress.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.layerpress.station.ScheduledBackups;
import picocli.CommandLine.Option;

/** {@code run}'s data upkeep: the start-up compaction's threshold and the scheduled backups (docs/data-upkeep.md). */
final class UpkeepOptions {

    @Option(names = "--compact-above-mb", paramLabel = "MB", defaultValue = "64",
            description = "compact the database file at start when it is larger than this (MB, 0 = always; default: ${DEFAULT-VALUE})")
    long compactAboveMb;

    @Option(names = "--backup-to", paramLabel = "FOLDER",
            description = "write a checked backup into FOLDER while the station runs (see --backup-every-hours, --backup-keep)")
    Path backupTo;

    @Option(names = "--backup-every-hours", paramLabel = "H", defaultValue = "24",
            description = "hours between scheduled backups, the first one hour after start (default: ${DEFAULT-VALUE})")
    int backupEveryHours;

    @Option(names = "--backup-keep", paramLabel = "N", defaultValue = "7",
            description = "keep this station's newest N backups in the folder, delete older ones (default: ${DEFAULT-VALUE})")
    int backupKeep;

    @Option(names = "--station", paramLabel = "ID", defaultValue = "${env:HOSTNAME:-station}",
            description = "station id in backup file names and in the central database's rows (default: ${DEFAULT-VALUE})")
    String station;

    long compactAboveBytes() {
        if (compactAboveMb < 0) {
            throw new IllegalArgumentException("--compact-above-mb must be 0 or more, not " + compactAboveMb);
        }
        return compactAboveMb * 1_000_000L;
    }

    Optional<ScheduledBackups.Settings> backupSettings() {
        return Optional.ofNullable(backupTo).map(folder -> new ScheduledBackups.Settings(folder, Duration.ofHours(backupEveryHours), backupKeep, station));
    }
}

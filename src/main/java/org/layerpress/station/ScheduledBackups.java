package org.layerpress.station;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.layerpress.store.Database;
import org.layerpress.store.DatabaseBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups while the station runs: every {@code interval} (the first one interval after start) a
 * checked backup ({@link DatabaseBackup}) into the folder, then all but this station's newest
 * {@code keep} backups there are deleted. It runs on its own daemon thread; a running batch goes on
 * meanwhile (the backup holds the audit append lock only while H2 copies the file). A failed backup
 * is a warning in words given to {@code onFailure} (the log, and the station alarm
 * {@code BACKUP_FAILED}) and never stops anything: the next one is tried at its time; a backup
 * written is told to {@code onSuccess} (which clears that alarm) before the older ones are pruned.
 */
public final class ScheduledBackups implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    /** Where, how often, how many, and as which station. */
    public record Settings(Path folder, Duration interval, int keep, String stationId) {
        public Settings {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the backup interval must be positive, not " + interval);
            }
            if (keep < 1) {
                throw new IllegalArgumentException("keep at least 1 backup, not " + keep);
            }
        }
    }

    private final Settings settings;
    private final DatabaseBackup backup;
    private final Consumer<String> onFailure;
    private final Runnable onSuccess;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scheduled-backups");
        t.setDaemon(true);
        return t;
    });

    ScheduledBackups(Database db, Settings settings, Clock clock, Consumer<String> onFailure) {
        this(db, settings, clock, onFailure, () -> { });
    }

    ScheduledBackups(Database db, Settings settings, Clock clock, Consumer<String> onFailure, Runnable onSuccess) {
        this.settings = settings;
        this.backup = new DatabaseBackup(db, settings.stationId(), clock);
        this.onFailure = onFailure;
        this.onSuccess = onSuccess;
    }

    /** Starts the schedule; failures go to the log as warnings and to the station's alarms, which a success clears. */
    static ScheduledBackups start(Database db, Settings settings, Clock clock, StationAlarms alarms) {
        ScheduledBackups b = new ScheduledBackups(db, settings, clock, words -> {
            LOG.warn("{}", words);
            alarms.backupFailed(words);
        }, alarms::backupSucceeded);
        long every = settings.interval().toMillis();
        b.thread.scheduleWithFixedDelay(b::once, every, every, TimeUnit.MILLISECONDS);
        LOG.info("a checked backup into {} every {} h, keeping the newest {}", settings.folder(), settings.interval().toHours(), settings.keep());
        return b;
    }

    /** One backup and the pruning after it; never throws. */
    void once() {
        try {
            DatabaseBackup.Written w = backup.to(settings.folder());
            LOG.info("scheduled backup written: {} ({} bytes, audit chain head {})", w.file(), w.bytes(), w.chainHead());
            onSuccess.run();
            prune();
        } catch (RuntimeException e) {
            onFailure.accept("the scheduled backup into " + settings.folder() + " failed: " + e.getMessage()
                    + ". The station runs on; the next backup is tried in " + settings.interval().toHours() + " h.");
        }
    }

    private void prune() {
        String prefix = "layerpress-" + settings.stationId() + "-";
        try (Stream<Path> files = Files.list(settings.folder())) {
            List<Path> ours = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            for (Path old : ours.subList(Math.min(settings.keep(), ours.size()), ours.size())) {
                Files.delete(old);
                LOG.info("older backup deleted (keeping the newest {}): {}", settings.keep(), old);
            }
        } catch (IOException e) {
            onFailure.accept("could not delete older backups in " + settings.folder() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

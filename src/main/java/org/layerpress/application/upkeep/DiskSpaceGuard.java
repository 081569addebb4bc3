package org.layerpress.application.upkeep;

import java.util.Locale;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.BatchStartGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the free space under the data folder. Below the warning level it says so (at start-up and
 * before each batch start) and lets the batch start; below the floor it refuses a batch start in
 * words, since a batch that runs out of disk mid-press cannot record its trace. A batch already
 * running is never stopped by this guard: H2 refuses a write it cannot make, and the commit that
 * failed is rolled back (a full disk does not corrupt what was committed, ADR 0006).
 *
 * <p>The warning level is the larger of {@link #WARN_AT_LEAST} and {@link #WARN_DATABASE_MULTIPLE}
 * times the database file: a compaction and a backup each need about one database's worth, and a
 * day of pressing grows the file by tens of MB. The floor is {@link #FLOOR}: a few hours of 100 Hz
 * pressing (about 2 MB per pressing minute, ADR 0006) with room left for the compaction's copy of a
 * small database.
 */
public final class DiskSpaceGuard implements BatchStartGate {

    public static final long WARN_AT_LEAST = 2_000_000_000L;
    public static final int WARN_DATABASE_MULTIPLE = 10;
    public static final long FLOOR = 200_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(DiskSpaceGuard.class);

    /** How the space stands. */
    public enum Level { ENOUGH, LOW, BELOW_FLOOR }

    /** The level and what a person is told. */
    public record Verdict(Level level, String words) {
    }

    private final FreeSpace space;
    private final long warnAtLeast;
    private final long floor;

    public DiskSpaceGuard(FreeSpace space) {
        this(space, WARN_AT_LEAST, FLOOR);
    }

    /** With other levels (a site's choice; tests). */
    public DiskSpaceGuard(FreeSpace space, long warnAtLeast, long floor) {
        if (floor < 0 || warnAtLeast < floor) {
            throw new IllegalArgumentException("need 0 ≤ floor (" + floor + ") ≤ warning level (" + warnAtLeast + ")");
        }
        this.space = space;
        this.warnAtLeast = warnAtLeast;
        this.floor = floor;
    }

    public Verdict check() {
        long free = space.usableBytes();
        long db = space.databaseBytes();
        long warn = Math.max(warnAtLeast, WARN_DATABASE_MULTIPLE * db);
        if (free < floor) {
            return new Verdict(Level.BELOW_FLOOR, "only " + mb(free) + " free for the records under " + space.where() + ", below the "
                    + mb(floor) + " needed to start a batch: free disk space (move old backups or exports away) before starting one");
        }
        if (free < warn) {
            return new Verdict(Level.LOW, "disk space is getting low: " + mb(free) + " free under " + space.where() + " (warning below "
                    + mb(warn) + "; batches are refused below " + mb(floor) + ")");
        }
        return new Verdict(Level.ENOUGH, mb(free) + " free under " + space.where());
    }

    /** At start-up: a low disk is a warning in the log, never a refusal to start (the records must stay readable). */
    public Verdict atStartUp() {
        Verdict v = check();
        if (v.level() != Level.ENOUGH) {
            LOG.warn("{}", v.words());
        }
        return v;
    }

    /** Before a batch start: refused below the floor, a warning in the log when low. */
    @Override
    public void beforeStart() {
        Verdict v = check();
        switch (v.level()) {
            case BELOW_FLOOR -> throw new BatchRefusedException(v.words());
            case LOW -> LOG.warn("{}", v.words());
            case ENOUGH -> { }
        }
    }

    private static String mb(long bytes) {
        return bytes >= 10_000_000_000L ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9) : String.format(Locale.ROOT, "%d MB", bytes / 1_000_000);
    }
}

package org.layerpress.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.h2.mvstore.MVStore;

/**
 * Compacts the database file at start-up, before it is opened, once it has grown past a threshold.
 * The file only grows while the station runs ({@code REUSE_SPACE=FALSE}, ADR 0006), and at start no
 * batch can be writing evidence.
 *
 * <p>The live file is never written: H2's {@code MVStore.compact} copies the newest version of every
 * row into {@code layerpress.compacting.mv.db} beside it (reading the original read-only, which H2
 * refuses while any other process or this one has the file open: a station running elsewhere is
 * never disturbed); the copy is opened read-only by a fresh H2 and must hold the same audit chain
 * head and the same number of rows in every table as the original; only then is it renamed over the
 * original in one atomic step. Any failure deletes the copy and leaves the original as it was, and
 * the station starts on it.
 */
public final class StartupCompaction {

    /**
     * 64 MB: about three demo days of the growth ADR 0006 measured (~18 MB per 16-minute demo batch),
     * and a compaction of about ten seconds at the rate measured there, which a start can afford.
     */
    public static final long DEFAULT_THRESHOLD_BYTES = 64_000_000L;
    /** For the estimate said before compacting: 18.4 MB compacted in 2.7 s on the demo panel PC (ADR 0006). */
    static final double ESTIMATED_BYTES_PER_SECOND = 18.4e6 / 2.7;
    static final String WORK_FILE = "layerpress.compacting.mv.db";

    /** What the start-up compaction did. */
    public sealed interface Outcome {
        /** In words, for the log and the audit trail. */
        String words();
    }

    /** Below the threshold (or no database yet): nothing to do. */
    public record NotNeeded(long bytes, long threshold) implements Outcome {
        @Override
        public String words() {
            return "the record database is " + mb(bytes) + ", below the compaction threshold of " + mb(threshold) + "; not compacted";
        }
    }

    /** Compacted, and how much and how long. */
    public record Compacted(long before, long after, Duration took) implements Outcome {
        @Override
        public String words() {
            return "the record database was compacted from " + mb(before) + " to " + mb(after) + " in "
                    + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        }
    }

    /** Not compacted, and why; the database is as it was. */
    public record Failed(long bytes, String why) implements Outcome {
        @Override
        public String words() {
            return "the record database (" + mb(bytes) + ") could not be compacted and is left as it was: " + why;
        }
    }

    private StartupCompaction() {
    }

    /**
     * @param progress told, before a compaction starts, what is being done and how long it may take
     */
    public static Outcome ifLargerThan(Path dataDir, long thresholdBytes, Consumer<Starting> progress) {
        Path file = dataDir.toAbsolutePath().resolve("layerpress.mv.db");
        if (!Files.isRegularFile(file)) {
            return new NotNeeded(0, thresholdBytes);
        }
        long before = file.toFile().length();
        if (before <= thresholdBytes) {
            return new NotNeeded(before, thresholdBytes);
        }
        progress.accept(new Starting(before, Math.max(1, Math.round(before / ESTIMATED_BYTES_PER_SECOND))));
        Path work = file.resolveSibling(WORK_FILE);
        long start = System.nanoTime();
        try {
            Files.deleteIfExists(work);
            MVStore.compact(file.toString(), work.toString(), false, null);
            DatabaseBackup.ownerOnly(work);
            List<String> differences = differences(file, work);
            if (!differences.isEmpty()) {
                return new Failed(before, "the compacted copy differs from the original (" + String.join("; ", differences) + ")");
            }
            Files.move(work, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Compacted(before, file.toFile().length(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Failed(before, "could not write the compacted copy " + work + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return new Failed(before, why(e));
        } finally {
            DatabaseBackup.deleteQuietly(work);
        }
    }

    private static String why(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("locked") || e instanceof java.nio.channels.OverlappingFileLockException) {
            return "the file is open in another program or station (" + message + ")";
        }
        return message;
    }

    /** What differs between the two files as a fresh H2 reads them: the chain head and each table's row count. */
    private static List<String> differences(Path original, Path copy) {
        Map<String, String> a = summary(original);
        Map<String, String> b = summary(copy);
        List<String> out = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                out.add(k + " " + v + " became " + b.get(k));
            }
        });
        return out;
    }

    private static Map<String, String> summary(Path file) {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r", "layerpress", "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put("rows of " + t, Long.toString(rs.getLong(1)));
                }
            }
            if (tables.contains("AUDIT_EVENT")) {
                try (ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC FETCH FIRST ROW ONLY")) {
                    out.put("audit chain head", rs.next() ? "#" + rs.getLong(1) + " " + rs.getString(2) : "none");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * A compaction about to begin: the file's size and how long it may take at the rate ADR 0006 measured. H2's
     * compaction reports nothing while it copies, so this estimate is the progress a person can be given.
     */
    public record Starting(long bytes, long estimatedSeconds) {

        /** For the log: "Compacting the record database: 412.0 MB, about 60 s". */
        public String words() {
            return "Compacting the record database: " + mb(bytes) + ", about " + estimatedSeconds + " s";
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}

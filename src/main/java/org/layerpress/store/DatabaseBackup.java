package org.layerpress.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An online backup of the station database while it runs: H2's {@code BACKUP TO} (a consistent copy
 * of the file as of the last commit) plus the anchor file, packed as a {@link BackupArchive} under a
 * temporary name, then unpacked into a private folder and checked by a fresh H2 ({@link BackupCheck})
 * before it is renamed into place, owner-only (0600) like the database it copies.
 *
 * <p>The copy and the anchor must agree on the chain's head, so both are taken while this backup
 * holds the audit trail's append lock: no transaction can add an audit row in between. Trace rows
 * may still commit meanwhile; they do not move the chain. A batch keeps running, at most waiting for
 * its next audit row until the copy is taken.
 */
public final class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** What a station id may hold in a file name. */
    private static final Pattern STATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String PREFIX = "layerpress-";
    static final String SUFFIX = ".zip";

    private final Database db;
    private final String stationId;
    private final Clock clock;

    public DatabaseBackup(Database db, String stationId, Clock clock) {
        if (!STATION_ID.matcher(stationId).matches()) {
            throw new IllegalArgumentException("station id '" + stationId + "' cannot be part of a file name: use 1–64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        this.db = db;
        this.stationId = stationId;
        this.clock = clock;
    }

    /** What a backup wrote. */
    public record Written(Path file, long bytes, String chainHead) {
    }

    /**
     * Writes {@code layerpress-<station>-<yyyyMMddTHHmmssZ>.zip} into {@code folder} (created 0700 if
     * needed). Nothing is left under the final name unless the copy passed its check.
     *
     * @throws StoreException in words, naming what failed; the database is not touched by a failure
     */
    public Written to(Path folder) {
        DataFolder.prepare(folder);
        String name = PREFIX + stationId + "-" + STAMP.format(clock.instant()) + SUFFIX;
        Path target = folder.resolve(name);
        if (Files.exists(target)) {
            throw new StoreException("a backup " + target + " already exists; nothing was written");
        }
        Path work = privateFolder(folder.resolve("." + name + ".work"));
        Path part = folder.resolve("." + name + ".part");
        try {
            Path h2Zip = work.resolve("h2.zip");
            Taken taken = take(h2Zip);
            Map<String, String> about = new LinkedHashMap<>();
            about.put("station", stationId);
            about.put("created_utc", clock.instant().toString());
            about.put("chain_head", taken.head);
            BackupArchive.write(part, h2Zip, taken.anchor, about);
            ownerOnly(part);
            Path unpacked = privateFolder(work.resolve("check"));
            BackupArchive.extract(part, unpacked);
            List<String> problems = BackupCheck.problems(unpacked);
            if (!problems.isEmpty()) {
                throw new StoreException("the backup's copy failed its check, so no backup was kept: " + String.join("; ", problems));
            }
            move(part, target);
            return new Written(target, Files.size(target), taken.head);
        } catch (IOException e) {
            throw new StoreException("could not write the backup " + target + ": " + e.getMessage() + ". No backup was kept.", e);
        } finally {
            deleteQuietly(part);
            deleteTree(work);
        }
    }

    private record Taken(byte[] anchor, String head) {
    }

    /** H2's copy and the anchor's bytes, both under the audit append lock. */
    private Taken take(Path h2Zip) {
        JdbcTransactions tx = new JdbcTransactions(db);
        return tx.inTransaction(() -> {
            try {
                JdbcAuditTrail.lockTheTrail(tx.connection());
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                byte[] anchor = Files.exists(db.anchorFile()) ? Files.readAllBytes(db.anchorFile()) : new byte[0];
                String head = EvidenceCheck.head(tx.connection()).map(Object::toString).orElse("none");
                return new Taken(anchor, head);
            } catch (SQLException | IOException e) {
                throw new StoreException("could not copy the database " + db.file() + ": " + e.getMessage() + ". No backup was written.", e);
            }
        });
    }

    static Path privateFolder(Path dir) {
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new StoreException("could not create the working folder " + dir + ": " + e.getMessage() + ". Nothing was written.", e);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover temporary name is harmless: it never looks like a finished backup.
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Left behind under a dot name; the next backup does not read it.
        }
    }
}

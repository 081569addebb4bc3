package org.layerpress.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts a backup ({@link DatabaseBackup}) back as a station's data folder. The backup is unpacked
 * into a temporary folder beside the target, its entries checked against its manifest and the copy
 * checked by a fresh H2 ({@link BackupCheck}); only then is the folder moved into place. A folder
 * that already holds anything is refused unless {@code replace}: then it is first moved aside to
 * {@code <folder>.replaced-<UTC time>}, never deleted, so a restore over the wrong folder loses nothing.
 */
public final class DatabaseRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Clock clock;

    public DatabaseRestore(Clock clock) {
        this.clock = clock;
    }

    /** What a restore did. */
    public record Restored(Path dataDir, Map<String, String> backup, Optional<Path> movedAside) {
    }

    /**
     * @throws StoreException in words, naming what failed; then the data folder is as it was
     */
    public Restored restore(Path backup, Path dataDir, boolean replace) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("no backup file at " + backup + "; nothing was restored");
        }
        Path target = dataDir.toAbsolutePath().normalize();
        boolean occupied = !empty(target);
        if (occupied && !replace) {
            throw new StoreException("the data folder " + target + " is not empty; nothing was restored. Restore into an empty or new folder, "
                    + "or add --replace to move the current folder aside first (it is kept, not deleted)");
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create " + parent + ": " + e.getMessage() + "; nothing was restored", e);
        }
        Path staging = DatabaseBackup.privateFolder(parent.resolve("." + target.getFileName() + ".restoring-" + STAMP.format(clock.instant())));
        boolean moved = false;
        try {
            Map<String, String> manifest = BackupArchive.extract(backup, staging);
            List<String> problems = BackupCheck.problems(staging);
            if (!problems.isEmpty()) {
                throw new StoreException(backup + " failed its check and was not restored: " + String.join("; ", problems));
            }
            Optional<Path> aside = Optional.empty();
            if (Files.exists(target)) {
                if (occupied) {
                    Path away = parent.resolve(target.getFileName() + ".replaced-" + STAMP.format(clock.instant()));
                    DatabaseBackup.move(target, away);
                    aside = Optional.of(away);
                } else {
                    Files.delete(target);
                }
            }
            try {
                DatabaseBackup.move(staging, target);
            } catch (IOException e) {
                if (aside.isPresent()) {
                    DatabaseBackup.move(aside.get(), target);
                }
                throw e;
            }
            moved = true;
            return new Restored(target, manifest, aside);
        } catch (IOException e) {
            throw new StoreException("could not move the restored database into " + target + ": " + e.getMessage(), e);
        } finally {
            if (!moved) {
                DatabaseBackup.deleteTree(staging);
            }
        }
    }

    private static boolean empty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("cannot read the data folder " + dir + ": " + e.getMessage() + "; nothing was restored", e);
        }
    }
}

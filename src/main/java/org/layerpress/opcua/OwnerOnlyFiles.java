package org.layerpress.opcua;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files only the station's own account may read: the application certificate's private key store
 * and its password. Folders are made 0700 and files 0600; a file or folder found wider is tightened
 * and logged (it had been open to other local users). Where the file system has no POSIX permissions
 * nothing can be set, which is logged as a warning.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final String FOLDER = "rwx------";
    private static final String FILE = "rw-------";

    private OwnerOnlyFiles() {
    }

    /** Creates {@code dir} 0700 if missing, else makes it owner-only. */
    public static void folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (posix(dir.getFileSystem())) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FOLDER)));
            } else {
                Files.createDirectories(dir);
            }
        }
        restrict(dir, FOLDER);
    }

    /** Makes an existing file 0600 (if it is wider). */
    public static void tighten(Path file) throws IOException {
        restrict(file, FILE);
    }

    /**
     * Replaces {@code file} with {@code bytes}, written to a 0600 temporary file beside it and moved
     * over it in one step: a crash leaves either the old or the new content, never half of it, and
     * the content is never readable by others, not even for a moment.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        folder(dir);
        Path temp = posix(dir.getFileSystem())
                ? Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FILE)))
                : Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path p, String wanted) throws IOException {
        if (!Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
            LOG.warn("{} is on a file system without POSIX permissions: it cannot be made owner-only", p);
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(p);
        Set<PosixFilePermission> target = PosixFilePermissions.fromString(wanted);
        if (now.stream().anyMatch(bit -> !bit.name().startsWith("OWNER_"))) {
            Files.setPosixFilePermissions(p, target);
            LOG.warn("{} was readable by others ({}); tightened to {}", p, PosixFilePermissions.toString(now), wanted);
        }
    }

    private static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}

package org.layerpress.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's data folder and the database files in it, readable by the station's own account
 * only: the folder 0700, the H2 files 0600. The records hold PIN hashes and signed evidence, and any
 * other local account that can read the file can copy it away or (with write access) tamper with it
 * offline; the umask default (0755 folder, 0644 files) allowed the first.
 *
 * <p>Group and other bits are taken away, the owner's bits are left as they are. A folder or file
 * found wider at start is tightened and said in the log, so a person sees that it had been open.
 * On a file system without POSIX permissions (a FAT stick, some network shares) nothing can be
 * set: that is logged as a warning and the station runs on.
 */
public final class DataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    /** The database's own files: {@code layerpress.mv.db} and whatever H2 writes beside it (trace, temp files). */
    private static final String DATABASE_FILES = "layerpress.*";

    private DataFolder() {
    }

    /**
     * Before the database opens: creates {@code dir} 0700 if needed, else takes group and other access
     * away from it and from the database files found in it, each change logged as a warning (they had been open).
     */
    public static List<Path> prepare(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        return tighten(dir, true);
    }

    /** After the database opened: the files H2 has just created get the same owner-only permissions, quietly. */
    public static void seal(Path dir) {
        tighten(dir, false);
    }

    private static List<Path> tighten(Path dir, boolean report) {
        List<Path> tightened = new ArrayList<>();
        if (!posix(dir)) {
            if (report) {
                LOG.warn("the data folder {} is on a file system without POSIX permissions: its files cannot be made owner-only", dir);
            }
            return tightened;
        }
        try {
            if (restrict(dir, report)) {
                tightened.add(dir);
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, DATABASE_FILES)) {
                for (Path f : files) {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && restrict(f, report)) {
                        tightened.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot make the data folder " + dir + " owner-only: " + e.getMessage(), e);
        }
        return tightened;
    }

    private static boolean posix(Path dir) {
        try {
            return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean restrict(Path p, boolean report) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(p);
        Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
        owner.addAll(now);
        owner.removeAll(GROUP_AND_OTHERS);
        if (owner.equals(now)) {
            return false;
        }
        Files.setPosixFilePermissions(p, owner);
        if (report) {
            LOG.warn("{} was readable by others ({}); tightened to {}", p, PosixFilePermissions.toString(now), PosixFilePermissions.toString(owner));
        }
        return true;
    }
}

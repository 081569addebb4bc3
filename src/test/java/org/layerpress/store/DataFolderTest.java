package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder and the H2 files in it are the station account's alone (a real H2 file database). */
class DataFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aFreshDataFolderIsCreatedOwnerOnlyWithOwnerOnlyDatabaseFiles() throws Exception {
        Path dir = tmp.resolve("station").resolve(".layerpress");
        try (Database db = Database.open(dir)) {
            assertEquals("rwx------", permissions(dir));
            assertEquals("rw-------", permissions(db.file()));
        }
    }

    @Test
    void anExistingOpenFolderAndDatabaseFileAreTightenedAtStart() throws Exception {
        Path dir = tmp.resolve("data");
        Path file = closedDatabaseIn(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        List<Path> tightened = DataFolder.prepare(dir);

        assertEquals(List.of(dir, file), tightened, "what was tightened, as the log says it");
        assertEquals("rwx------", permissions(dir));
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void openingTightensAWorldReadableDatabaseFile() throws Exception {
        Path dir = tmp.resolve("data");
        Path file = closedDatabaseIn(dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (Database reopened = Database.open(dir)) {
            assertEquals("rw-------", permissions(file));
        }
    }

    @Test
    void aFolderAlreadyOwnerOnlyIsLeftAlone() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir)) {
            assertTrue(DataFolder.prepare(dir).isEmpty());
        }
    }

    private static Path closedDatabaseIn(Path dir) {
        try (Database db = Database.open(dir)) {
            return db.file();
        }
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}

package org.layerpress.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application certificate's key store on real files in a temp folder. */
class ApplicationCertificateTest {

    private static final String URI = "urn:layerpress:test";

    @TempDir
    Path tmp;

    @Test
    void aNewKeyStoreAndItsFolderAreOwnerOnly() throws Exception {
        Path file = tmp.resolve("pki").resolve("own").resolve("hmi.pfx");
        ApplicationCertificate.loadOrCreate(file, "Test", URI, List.of("localhost"));
        assertEquals("rwx------", permissions(file.getParent()));
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void aWorldReadableKeyStoreIsTightenedWhenLoaded() throws Exception {
        Path file = tmp.resolve("own").resolve("hmi.pfx");
        ApplicationCertificate created = ApplicationCertificate.loadOrCreate(file, "Test", URI, List.of("localhost"));
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        ApplicationCertificate loaded = ApplicationCertificate.loadOrCreate(file, "Test", URI, List.of("localhost"));

        assertEquals(created.certificate(), loaded.certificate(), "the same identity, not a new one");
        assertEquals("rwx------", permissions(file.getParent()));
        assertEquals("rw-------", permissions(file));
    }

    static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}

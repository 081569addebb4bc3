package org.layerpress.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application certificate's key store and its password on real files in a temp folder. */
class ApplicationCertificateTest {

    private static final String URI = "urn:layerpress:test";
    private static final char[] OLD_BUILT_IN = "layerpress".toCharArray();

    @TempDir
    Path tmp;

    @Test
    void aNewKeyStoreAndItsFolderAreOwnerOnly() throws Exception {
        Path file = tmp.resolve("pki").resolve("own").resolve("hmi.pfx");
        create(file);
        assertEquals("rwx------", permissions(file.getParent()));
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void aWorldReadableKeyStoreIsTightenedWhenLoaded() throws Exception {
        Path file = tmp.resolve("own").resolve("hmi.pfx");
        ApplicationCertificate created = create(file);
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(passwordFile(file), PosixFilePermissions.fromString("rw-r--r--"));

        ApplicationCertificate loaded = create(file);

        assertEquals(created.certificate(), loaded.certificate(), "the same identity, not a new one");
        assertEquals("rwx------", permissions(file.getParent()));
        assertEquals("rw-------", permissions(file));
        assertEquals("rw-------", permissions(passwordFile(file)));
    }

    @Test
    void aNewKeyStoreIsLockedWithARandomPasswordKeptOwnerOnlyBesideIt() throws Exception {
        Path file = tmp.resolve("a").resolve("hmi.pfx");
        Path other = tmp.resolve("b").resolve("hmi.pfx");
        create(file);
        create(other);

        assertEquals("rw-------", permissions(passwordFile(file)));
        assertTrue(opens(file, storedPassword(file)), "opens with the kept password");
        assertFalse(opens(file, OLD_BUILT_IN), "the old built-in password opens nothing");
        assertNotEquals(storedPassword(file), storedPassword(other), "each station its own password");
        assertTrue(storedPassword(file).length() >= 40, "32 random bytes, not a word");
    }

    @Test
    void aSecondStartReusesTheKeyStoreAndItsPassword() throws Exception {
        Path file = tmp.resolve("hmi.pfx");
        ApplicationCertificate first = create(file);
        String password = storedPassword(file);

        ApplicationCertificate second = create(file);

        assertEquals(first.certificate(), second.certificate());
        assertEquals(first.keyPair().getPrivate(), second.keyPair().getPrivate());
        assertEquals(password, storedPassword(file));
    }

    @Test
    void aKeyStoreUnderTheOldBuiltInPasswordIsResavedUnderAStationPasswordKeepingItsIdentity() throws Exception {
        Path file = tmp.resolve("own").resolve("hmi.pfx");
        X509Certificate old = writeLegacyKeyStore(file);
        assertFalse(Files.exists(passwordFile(file)));

        ApplicationCertificate migrated = create(file);

        assertEquals(old, migrated.certificate(), "the PLC keeps trusting the same certificate");
        assertEquals("rw-------", permissions(passwordFile(file)));
        assertTrue(opens(file, storedPassword(file)));
        assertFalse(opens(file, OLD_BUILT_IN), "the old password no longer opens it");
        assertEquals(old, create(file).certificate(), "and the next start loads it as usual");
    }

    @Test
    void aKeyStoreThatOpensWithNeitherPasswordIsRefusedInWords() throws Exception {
        Path file = tmp.resolve("hmi.pfx");
        create(file);
        Files.writeString(passwordFile(file), "not-the-password\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> create(file));

        assertTrue(e.getMessage().contains(passwordFile(file).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("delete both files"), e.getMessage());
    }

    private static ApplicationCertificate create(Path file) {
        return ApplicationCertificate.loadOrCreate(file, "Test", URI, List.of("localhost"));
    }

    private static X509Certificate writeLegacyKeyStore(Path file) throws Exception {
        KeyPair pair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate cert = new SelfSignedCertificateBuilder(pair).setCommonName("Old").setApplicationUri(URI).build();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, OLD_BUILT_IN);
        store.setKeyEntry("application", pair.getPrivate(), OLD_BUILT_IN, new X509Certificate[] {cert});
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, OLD_BUILT_IN);
        }
        return cert;
    }

    private static boolean opens(Path file, String password) throws Exception {
        return opens(file, password.toCharArray());
    }

    private static boolean opens(Path file, char[] password) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore.getInstance("PKCS12").load(in, password);
            return true;
        } catch (IOException wrongPassword) {
            return false;
        }
    }

    private static Path passwordFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".password");
    }

    private static String storedPassword(Path file) throws IOException {
        return Files.readString(passwordFile(file)).strip();
    }

    static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}

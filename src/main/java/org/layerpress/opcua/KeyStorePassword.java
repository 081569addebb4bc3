package org.layerpress.opcua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of one key store: random per station, made the first time the key store is, and kept
 * beside it in {@code <keystore>.password} (0600). A constant in the code would open every station's
 * key store for whoever has read the source; a per-station secret at least has to be taken from the
 * station, and the file permissions keep it from other local accounts.
 */
final class KeyStorePassword {

    /** What key stores were written with before the password moved out of the code; only ever used to open and re-save them. */
    static final char[] LEGACY = "layerpress".toCharArray();
    private static final int RANDOM_BYTES = 32;

    private KeyStorePassword() {
    }

    /** The file holding the password of {@code keyStore}. */
    static Path fileOf(Path keyStore) {
        return keyStore.resolveSibling(keyStore.getFileName() + ".password");
    }

    /** Reads the password kept beside {@code keyStore}, or makes a new random one and keeps it there. */
    static char[] loadOrCreate(Path keyStore) throws IOException {
        Path file = fileOf(keyStore);
        if (Files.exists(file)) {
            OwnerOnlyFiles.tighten(file);
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (kept.isEmpty()) {
                throw new IOException("the key store password file " + file + " is empty; delete it and " + keyStore
                        + " to make a new certificate (the PLC must then trust the new one)");
            }
            return kept.toCharArray();
        }
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.write(file, (password + "\n").getBytes(StandardCharsets.US_ASCII));
        return password.toCharArray();
    }
}

package org.layerpress.application.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.layerpress.domain.user.Pin;

/**
 * Salted, deliberately slow PIN hashing: PBKDF2-HMAC-SHA256 from the JDK. A six-digit PIN has only
 * a million values, so the slowness (and the lockout after five tries) is what protects it.
 */
public final class PinHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** At least 100k iterations are wanted; 120k costs ~0.1 s here, unnoticeable at a login. */
    public static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PinHasher() {
        this(ITERATIONS);
    }

    /** Fewer iterations only for demo seeding speed in tests; stored hashes record their count. */
    PinHasher(int iterations) {
        this.iterations = iterations;
    }

    public PinHash hash(Pin pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(ALGORITHM, iterations, HexFormat.of().formatHex(salt), HexFormat.of().formatHex(derive(pin, salt, iterations)));
    }

    public boolean matches(Pin pin, PinHash stored) {
        if (!ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(stored.hashHex());
        byte[] actual = derive(pin, HexFormat.of().parseHex(stored.saltHex()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(Pin pin, byte[] salt, int iterations) {
        char[] digits = pin.digits();
        PBEKeySpec spec = new PBEKeySpec(digits, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            java.util.Arrays.fill(digits, '\0');
        }
    }
}

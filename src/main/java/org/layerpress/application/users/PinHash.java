package org.layerpress.application.users;

import java.util.Objects;

/** A stored PIN: PBKDF2 parameters, salt and derived key (hex). The PIN itself is never stored. */
public record PinHash(String algorithm, int iterations, String saltHex, String hashHex) {

    public PinHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(saltHex, "saltHex");
        Objects.requireNonNull(hashHex, "hashHex");
    }
}

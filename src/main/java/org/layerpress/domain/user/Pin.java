package org.layerpress.domain.user;

/**
 * A personal identification number: at least six digits, digits only. Held as a char
 * array the caller can wipe; never logged, never stored (only its PBKDF2 hash is).
 */
public final class Pin {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 12;

    private final char[] digits;

    private Pin(char[] digits) {
        this.digits = digits;
    }

    public static Pin of(char[] digits) {
        if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
            throw new IllegalArgumentException("a PIN has " + MIN_DIGITS + " to " + MAX_DIGITS + " digits, this one has " + digits.length);
        }
        for (char c : digits) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a PIN has digits only");
            }
        }
        return new Pin(digits.clone());
    }

    public static Pin of(String digits) {
        return of(digits.toCharArray());
    }

    public char[] digits() {
        return digits.clone();
    }

    /** Overwrites the digits once they are no longer needed. */
    public void wipe() {
        java.util.Arrays.fill(digits, '\0');
    }

    @Override
    public String toString() {
        return "Pin[******]";
    }
}

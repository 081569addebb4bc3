package org.layerpress.ui.access;

import java.time.Duration;
import java.util.Optional;

/**
 * Collects what a USB badge scanner types (it acts as a keyboard: the badge id, then Enter). Printable
 * characters are gathered until Enter; a pause longer than {@link #MAX_GAP} between two characters
 * starts afresh, so a stray key press is not glued to the next scan. Times are {@link System#nanoTime()}-like.
 */
public final class BadgeReader {

    /** A scanner types a whole badge within milliseconds; a person pauses far longer. */
    public static final Duration MAX_GAP = Duration.ofSeconds(1);
    private static final int MAX_LENGTH = 64;

    private final StringBuilder typed = new StringBuilder();
    private long lastNanos;

    /** A typed character; returns false if it is not part of a badge id (a control character). */
    public boolean accept(String character, long nowNanos) {
        if (character == null || character.length() != 1 || Character.isISOControl(character.charAt(0))) {
            return false;
        }
        if (typed.length() > 0 && nowNanos - lastNanos > MAX_GAP.toNanos() || typed.length() >= MAX_LENGTH) {
            typed.setLength(0);
        }
        typed.append(character);
        lastNanos = nowNanos;
        return true;
    }

    /** Enter: the badge id typed since the last Enter, if any (and fresh). */
    public Optional<String> enter(long nowNanos) {
        boolean fresh = nowNanos - lastNanos <= MAX_GAP.toNanos();
        String id = typed.toString().strip();
        typed.setLength(0);
        return fresh && !id.isEmpty() ? Optional.of(id) : Optional.empty();
    }

    /** Whether Enter is (part of) this key event's character: scanners send CR or LF. */
    public static boolean isEnter(String character) {
        return "\r".equals(character) || "\n".equals(character) || "\r\n".equals(character);
    }
}

package org.layerpress.ui.access;

import java.time.Duration;
import java.util.Optional;
import org.layerpress.domain.InputLimits;

/**
 * Collects what a USB badge or barcode scanner types (it acts as a keyboard: the code, then Enter).
 * Printable characters are gathered until Enter; a pause longer than {@link #MAX_GAP} between two
 * characters starts afresh, so a stray key press is not glued to the next scan. Times are
 * {@link System#nanoTime()}-like.
 *
 * <p>A scan longer than any code may be ({@link InputLimits}) is kept only up to one character past
 * that limit, and handed over as it is: the use case refuses it in a short message naming the
 * limit. It is never cut to a length that would pass, nor kept whole in memory.
 */
public final class BadgeReader {

    /** A scanner types a whole badge within milliseconds; a person pauses far longer. */
    public static final Duration MAX_GAP = Duration.ofSeconds(1);
    /** One past the longest code (a badge id, a lot, a scan): enough to be refused as too long. */
    static final int MAX_KEPT = Math.max(InputLimits.BADGE_ID.maxChars(), InputLimits.SCAN.maxChars()) + 1;

    private final StringBuilder typed = new StringBuilder();
    private long lastNanos;

    /**
     * A typed character; returns false if it is no part of a scan. A control character alone (a stray
     * ESC or TAB key) is not; one inside a scan is kept, so that the scan is refused rather than
     * silently changed into a code that was never printed.
     */
    public boolean accept(String character, long nowNanos) {
        if (character == null || character.length() != 1) {
            return false;
        }
        if (typed.length() > 0 && nowNanos - lastNanos > MAX_GAP.toNanos()) {
            typed.setLength(0);
        }
        if (typed.length() == 0 && Character.isISOControl(character.charAt(0))) {
            return false;
        }
        if (typed.length() < MAX_KEPT) {
            typed.append(character);
        }
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

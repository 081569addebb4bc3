package org.layerpress.ui.controls;

import java.util.Locale;

/**
 * The shape shown beside a word, so that no state is told by colour alone. The shapes themselves are
 * data: {@code hmi-layouts/glyphs.css} draws each one with {@code -fx-shape} on the style class {@link #styleClass()}.
 */
public enum Glyph {
    /** Check mark in a disc. */
    OK,
    /** Triangle with an exclamation mark. */
    WARNING,
    /** Octagon with an exclamation mark. */
    ALARM,
    /** Ring with a dash: no value. */
    UNKNOWN,
    /** Clock: waiting for something. */
    PENDING,
    /** Play triangle. */
    RUNNING,
    /** Two bars. */
    PAUSED,
    /** Empty ring. */
    EMPTY,
    /** Square: stopped on purpose. */
    STOPPED,
    /** Diamond with an exclamation mark: a low-priority alarm. */
    NOTICE;

    public String styleClass() {
        return "lp-glyph-" + name().toLowerCase(Locale.ROOT);
    }
}

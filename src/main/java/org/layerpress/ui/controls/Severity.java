package org.layerpress.ui.controls;

/**
 * How a value on screen stands, after ISA-101: grey for normal and for unknown, colour only for
 * abnormal states, and then always with a glyph and a word too.
 */
public enum Severity {
    /** Plain grey. */
    NORMAL,
    /** No live value (no sample yet, bad quality, or link not connected): "—" and a STALE marker, no colour. */
    STALE,
    /** Abnormal, needs attention: amber. */
    WARNING,
    /** Abnormal, act now: red. */
    ALARM;

    public boolean abnormal() {
        return this == WARNING || this == ALARM;
    }
}

package org.layerpress.ui.controls;

import java.util.Objects;

/** A state as the operator reads it: a word, a glyph and a severity (never colour alone). */
public record Indication(String word, Glyph glyph, Severity severity) {

    /** No live value: a dash, the "no value" glyph, and the STALE marker. */
    public static final Indication UNKNOWN = new Indication(Reading.NO_VALUE, Glyph.UNKNOWN, Severity.STALE);

    public Indication {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(glyph, "glyph");
        Objects.requireNonNull(severity, "severity");
    }

    public static Indication normal(String word, Glyph glyph) {
        return new Indication(word, glyph, Severity.NORMAL);
    }

    public static Indication warning(String word) {
        return new Indication(word, Glyph.WARNING, Severity.WARNING);
    }

    public static Indication alarm(String word) {
        return new Indication(word, Glyph.ALARM, Severity.ALARM);
    }

    public boolean abnormal() {
        return severity.abnormal();
    }

    public boolean stale() {
        return severity == Severity.STALE;
    }
}

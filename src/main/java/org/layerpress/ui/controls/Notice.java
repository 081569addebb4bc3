package org.layerpress.ui.controls;

import java.util.Objects;

/** A sentence for the person at the screen: plain grey, or a warning (amber, glyph and words). */
public record Notice(String text, Severity severity) {

    public static final Notice NONE = new Notice("", Severity.NORMAL);

    public Notice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(severity, "severity");
    }

    public static Notice info(String text) {
        return new Notice(text, Severity.NORMAL);
    }

    public static Notice warning(String text) {
        return new Notice(text, Severity.WARNING);
    }

    public boolean shown() {
        return !text.isBlank();
    }
}

package org.layerpress.ui.controls;

import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import org.layerpress.domain.InputLimits;

/**
 * Keeps a text field within its {@link InputLimits}: an edit or a paste that would make the text
 * longer than the limit is refused whole (the field keeps what it had), never cut to fit, so what
 * is shown is what was typed. Control characters are left for the use case to refuse in words.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** Puts the limit on {@code field}; its prompt text is left alone. */
    public static void on(TextInputControl field, InputLimits.TextLimit limit) {
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > limit.maxChars() ? null : change));
    }
}

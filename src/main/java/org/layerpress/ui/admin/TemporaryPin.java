package org.layerpress.ui.admin;

import java.security.SecureRandom;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.fx.Words;

/**
 * The temporary PIN an Admin hands over (a new user's, or a reset one): typed on the pad or drawn at
 * random. Shown in digits, not dots: the Admin reads it out, and its owner must change it at login.
 */
public final class TemporaryPin {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringProperty digits = new SimpleStringProperty(this, "digits", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");

    TemporaryPin() {
        text.bind(digits.map(p -> Words.format("users.tempPin", p.isEmpty() ? "\u2014" : p)));
    }

    /** {@link Pin#MIN_DIGITS} random digits. */
    public void generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Pin.MIN_DIGITS; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        digits.set(sb.toString());
    }

    public void clear() {
        digits.set("");
    }

    public StringProperty digitsProperty() {
        return digits;
    }

    public String getDigits() {
        return digits.get();
    }

    /** "Temporary PIN: 482913", or a dash before one is chosen. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }
}

package org.layerpress.ui.controls;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.layerpress.domain.user.Pin;

/**
 * The digits typed on a {@link PinPad} so far. Only their count is observable (the pad draws one dot
 * per digit); the digits leave only as a {@link Pin} through {@link #take()}, which wipes them here.
 */
public final class PinEntry {

    private final char[] digits = new char[Pin.MAX_DIGITS];
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length", 0);
    private final BooleanBinding complete = Bindings.greaterThanOrEqual(length, Pin.MIN_DIGITS);
    private final BooleanBinding full = Bindings.greaterThanOrEqual(length, Pin.MAX_DIGITS);

    /** Appends a digit {@code '0'..'9'}; ignored once the PIN is {@link Pin#MAX_DIGITS} long. */
    public void type(char digit) {
        if (digit < '0' || digit > '9') {
            throw new IllegalArgumentException("a PIN has digits only, got '" + digit + "'");
        }
        int n = length.get();
        if (n < digits.length) {
            digits[n] = digit;
            length.set(n + 1);
        }
    }

    public void backspace() {
        int n = length.get();
        if (n > 0) {
            digits[n - 1] = '\0';
            length.set(n - 1);
        }
    }

    public void clear() {
        Arrays.fill(digits, '\0');
        length.set(0);
    }

    /** The PIN typed, and an empty entry for the next one. */
    public Pin take() {
        if (!complete.get()) {
            throw new IllegalStateException("a PIN has at least " + Pin.MIN_DIGITS + " digits");
        }
        char[] typed = Arrays.copyOf(digits, length.get());
        try {
            return Pin.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
            clear();
        }
    }

    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public int getLength() {
        return length.get();
    }

    /** At least {@link Pin#MIN_DIGITS} digits: OK may be pressed. */
    public BooleanBinding completeProperty() {
        return complete;
    }

    public boolean isComplete() {
        return complete.get();
    }

    /** {@link Pin#MAX_DIGITS} digits: the digit keys have nothing more to add. */
    public BooleanBinding fullProperty() {
        return full;
    }
}

package org.layerpress.ui.admin;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.controls.KeyGrid;
import org.layerpress.ui.controls.PadOverlay;
import org.layerpress.ui.fx.Words;

/**
 * A number pad for the temporary PIN an Admin hands over, on a {@link KeyGrid}: keys 1–9, a wide 0,
 * Back, each glove-sized. The digits typed so far are the {@link #digitsProperty() digits} property;
 * the screen shows them (the Admin must read them out), and the pad never takes more than {@link Pin#MAX_DIGITS}.
 * Ids: {@code pin0}…{@code pin9}, {@code pinClear}, {@code pinBack}; on the overlay {@code tempPinDigits},
 * {@code pinOk}, {@code pinCancel}.
 */
public final class TempPinPad extends VBox {

    private final StringProperty digits = new SimpleStringProperty(this, "digits", "");
    private final KeyGrid keys = new KeyGrid("lp-temp-pin-pad", "lp-pad-key");

    public TempPinPad() {
        keys.digits1to9("pin", this::typing);
        // Clear sits beside the pad (showOverlay), as on the number pad: a word on a digit-sized key is cut in German.
        keys.key("pin0", "0", 0, 3, 2, 1, typing(0));
        keys.key("pinBack", "\u232B", 2, 3, () -> {
            String s = digits.get();
            digits.set(s.isEmpty() ? s : s.substring(0, s.length() - 1));
        });
        getChildren().add(keys);
    }

    private Runnable typing(int digit) {
        return () -> {
            String s = digits.get() == null ? "" : digits.get();
            if (s.length() < Pin.MAX_DIGITS) {
                digits.set(s + digit);
            }
        };
    }

    /**
     * Shows a pad over the screen with the digits typed so far; OK hands them back. The digits are
     * shown, not masked: the Admin reads the temporary PIN out to its owner.
     */
    public static void showOverlay(StackPane host, String title, String current, Consumer<String> onOk) {
        TempPinPad pad = new TempPinPad();
        pad.setId("tempPinPad");
        pad.setDigits(current == null ? "" : current);
        Label shown = new Label();
        shown.setId("tempPinDigits");
        shown.getStyleClass().add("lp-temp-pin-digits");
        shown.textProperty().bind(pad.digits.map(d -> d.isEmpty() ? "\u2014" : d));
        Button clear = new Button(Words.get("common.clear"));
        clear.setId("pinClear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> pad.setDigits(""));
        PadOverlay.show(host, title, pad, shown, "pin", false, () -> onOk.accept(pad.getDigits()), clear);
    }

    /** The pad's keys, for measuring. */
    public KeyGrid keyGrid() {
        return keys;
    }

    public StringProperty digitsProperty() {
        return digits;
    }

    public String getDigits() {
        return digits.get();
    }

    public void setDigits(String value) {
        digits.set(value);
    }
}

package org.layerpress.ui.admin;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.layerpress.domain.user.Pin;

/**
 * A minimal number pad for the temporary PIN an Admin hands over (keys 1–9, Clear, 0, Back), each a
 * glove-sized button. The digits typed so far are the {@link #digitsProperty() digits} property; the
 * screen shows them (the Admin must read them out), and the pad never takes more than {@link Pin#MAX_DIGITS}.
 */
public final class TempPinPad extends GridPane {

    private final StringProperty digits = new SimpleStringProperty(this, "digits", "");

    public TempPinPad() {
        getStyleClass().add("lp-temp-pin-pad");
        for (int d = 1; d <= 9; d++) {
            add(digitKey(d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = key("Clear", "pinClear");
        clear.setOnAction(e -> digits.set(""));
        Button back = key("\u232B", "pinBack");
        back.setOnAction(e -> {
            String s = digits.get();
            digits.set(s.isEmpty() ? s : s.substring(0, s.length() - 1));
        });
        add(clear, 0, 3);
        add(digitKey(0), 1, 3);
        add(back, 2, 3);
    }

    private Button digitKey(int digit) {
        Button b = key(Integer.toString(digit), "pin" + digit);
        b.setOnAction(e -> {
            String s = digits.get() == null ? "" : digits.get();
            if (s.length() < Pin.MAX_DIGITS) {
                digits.set(s + digit);
            }
        });
        return b;
    }

    private static Button key(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("lp-pad-key");
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * Shows a pad over the screen with the digits typed so far; OK hands them back. The digits are
     * shown, not masked: the Admin reads the temporary PIN out to its owner.
     */
    public static void showOverlay(javafx.scene.layout.StackPane host, String title, String current,
                                   java.util.function.Consumer<String> onOk) {
        TempPinPad pad = new TempPinPad();
        pad.setId("tempPinPad");
        pad.setDigits(current == null ? "" : current);
        javafx.scene.control.Label shown = new javafx.scene.control.Label();
        shown.setId("tempPinDigits");
        shown.getStyleClass().add("lp-temp-pin-digits");
        shown.textProperty().bind(pad.digits.map(d -> d.isEmpty() ? "\u2014" : d));
        Button cancel = new Button("Cancel");
        cancel.setId("pinCancel");
        Button ok = new Button("OK");
        ok.setId("pinOk");
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(cancel, ok);
        buttons.getStyleClass().add("lp-button-row");
        javafx.scene.layout.VBox side = new javafx.scene.layout.VBox(shown, buttons);
        javafx.scene.layout.VBox.setVgrow(buttons, javafx.scene.layout.Priority.ALWAYS);
        side.getStyleClass().add("lp-temp-pin-body");
        // Keys on the left, digits and OK on the right: the panel fits the 700 px content area.
        javafx.scene.layout.HBox body = new javafx.scene.layout.HBox(pad, side);
        body.getStyleClass().add("lp-temp-pin-body");
        Runnable closer = org.layerpress.ui.controls.TapPicker.showPanel(host, title, body);
        cancel.setOnAction(e -> closer.run());
        ok.setOnAction(e -> {
            closer.run();
            onOk.accept(pad.getDigits());
        });
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

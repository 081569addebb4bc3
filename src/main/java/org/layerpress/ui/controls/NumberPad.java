package org.layerpress.ui.controls;

import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.fx.Words;

/**
 * A pad for typing a value instead of tapping a stepper many times, on a {@link KeyGrid}: keys 1–9,
 * decimal point, 0 and backspace, each glove-sized; at most {@value #MAX_CHARS} characters, one
 * point, two decimals, no sign. Ids: {@code num0}…{@code num9}, {@code numPoint}, {@code numBack},
 * {@code numClear}, {@code numOk}, {@code numCancel}, {@code numText}.
 */
public final class NumberPad extends VBox {

    public static final int MAX_CHARS = 7;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final KeyGrid keys = new KeyGrid("lp-temp-pin-pad", "lp-pad-key");

    public NumberPad() {
        keys.digits1to9("num", d -> () -> type((char) ('0' + d)));
        keys.key("numPoint", ".", 0, 3, () -> type('.'));
        keys.key("num0", "0", 1, 3, () -> type('0'));
        keys.key("numBack", "\u232B", 2, 3, () -> {
            String s = text.get();
            text.set(s.isEmpty() ? s : s.substring(0, s.length() - 1));
        });
        getChildren().add(keys);
    }

    /** The pad's keys, for measuring. */
    public KeyGrid keyGrid() {
        return keys;
    }

    /** Appends a digit or the decimal point, if the value stays well formed. */
    public void type(char c) {
        String s = text.get();
        int point = s.indexOf('.');
        if (s.length() >= MAX_CHARS || (c == '.' && point >= 0) || (point >= 0 && s.length() - point > 2)) {
            return;
        }
        if (c == '.' && s.isEmpty()) {
            s = "0";
        }
        if ((c >= '0' && c <= '9') || c == '.') {
            text.set(s + c);
        }
    }

    public void clear() {
        text.set("");
    }

    /** The value typed, if any. */
    public OptionalDouble value() {
        String s = text.get();
        if (s.isEmpty() || s.equals(".")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s.endsWith(".") ? s + "0" : s));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /**
     * Lays a pad over the screen: the value typed so far with its unit, Clear, Cancel and OK. OK
     * hands the value back (nothing typed: like Cancel).
     */
    public static void showOverlay(StackPane host, String title, String unit, DoubleConsumer onOk) {
        showOverlay(host, title, unit, "", onOk);
    }

    /**
     * As above, with {@code note} beside what is typed (e.g. the target and tolerance the value is
     * checked against), so the person need not remember it while typing; "" for none. Id {@code numNote}.
     */
    public static void showOverlay(StackPane host, String title, String unit, String note, DoubleConsumer onOk) {
        showOverlay(host, title, unit, note == null || note.isBlank() ? null : typed -> note, onOk);
    }

    /**
     * As above, with a note that follows what is typed (e.g. the band and whether the value so far is
     * in it), said again at every key; null for none.
     */
    public static void showOverlay(StackPane host, String title, String unit, Function<OptionalDouble, String> note, DoubleConsumer onOk) {
        NumberPad pad = new NumberPad();
        pad.setId("numberPad");
        Label shown = new Label();
        shown.setId("numText");
        shown.getStyleClass().add("lp-temp-pin-digits");
        shown.textProperty().bind(pad.text.map(t -> (t.isEmpty() ? "\u2014" : t) + " " + unit));
        Button clear = new Button(Words.get("common.clear"));
        clear.setId("numClear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> pad.clear());
        if (note == null) {
            PadOverlay.show(host, title, pad, shown, "num", true, () -> pad.value().ifPresent(onOk), clear);
            return;
        }
        Label noted = new Label();
        noted.textProperty().bind(pad.text.map(t -> note.apply(pad.value())));
        noted.setId("numNote");
        noted.setWrapText(true);
        noted.getStyleClass().add("lp-pad-note");
        PadOverlay.show(host, title, pad, shown, "num", true, () -> pad.value().ifPresent(onOk), noted, clear);
    }
}

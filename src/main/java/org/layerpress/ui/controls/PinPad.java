package org.layerpress.ui.controls;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerpress.domain.user.Pin;

/**
 * A PIN pad for gloved hands: keys 1–9, a wide 0, backspace, Clear and a tall OK, each at least
 * 20 mm; the digits typed show as filled dots in {@link Pin#MIN_DIGITS} rings, never as digits.
 * OK is enabled only with a complete PIN. Keys fire on a single tap released on the key (a finger
 * that slides off cancels, as with any button); no key takes keyboard focus, so a badge scanner's
 * Enter never presses one. Ids: {@code key0}…{@code key9}, {@code keyBack}, {@code keyClear},
 * {@code keyOk}, {@code pinDots}. In FXML: {@code <PinPad fx:id="pinPad" entry="${controller.viewModel.pin}"/>}.
 */
public final class PinPad extends VBox {

    private final ObjectProperty<PinEntry> entry = new SimpleObjectProperty<>(this, "entry");
    private final ObjectProperty<EventHandler<ActionEvent>> onOk = new SimpleObjectProperty<>(this, "onOk");
    private final HBox dots = new HBox();
    private final Button[] digitKeys = new Button[10];
    private final Button ok = key("keyOk", "OK");
    private final InvalidationListener redraw = obs -> redraw();

    public PinPad() {
        getStyleClass().add("lp-pinpad");
        dots.setId("pinDots");
        dots.getStyleClass().add("lp-pin-dots");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("lp-pin-keys");
        for (int d = 0; d <= 9; d++) {
            char digit = (char) ('0' + d);
            Button b = key("key" + d, String.valueOf(digit));
            b.setOnAction(e -> withEntry(pin -> pin.type(digit)));
            digitKeys[d] = b;
            if (d > 0) {
                keys.add(b, (d - 1) % 3, (d - 1) / 3);
            }
        }
        keys.add(digitKeys[0], 0, 3, 3, 1);
        Button back = key("keyBack", "");
        Region backGlyph = new Region();
        backGlyph.getStyleClass().addAll("lp-glyph", "lp-glyph-backspace");
        back.setGraphic(backGlyph);
        back.setAccessibleText("Delete the last digit");
        back.setOnAction(e -> withEntry(PinEntry::backspace));
        Button clear = key("keyClear", "Clear");
        clear.setOnAction(e -> withEntry(PinEntry::clear));
        ok.getStyleClass().add("lp-key-ok");
        ok.setOnAction(e -> {
            EventHandler<ActionEvent> handler = onOk.get();
            PinEntry pin = entry.get();
            if (handler != null && pin != null && pin.isComplete()) {
                handler.handle(e);
            }
        });
        keys.add(back, 3, 0);
        keys.add(clear, 3, 1);
        keys.add(ok, 3, 2, 1, 2);
        for (Node n : List.of(digitKeys[0], ok)) {
            ((Region) n).setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        getChildren().addAll(dots, keys);
        entry.addListener((obs, old, now) -> {
            if (old != null) {
                old.lengthProperty().removeListener(redraw);
            }
            if (now != null) {
                now.lengthProperty().addListener(redraw);
            }
            redraw();
        });
        entry.set(new PinEntry());
    }

    private static Button key(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("lp-key");
        b.setFocusTraversable(false);
        return b;
    }

    private void withEntry(java.util.function.Consumer<PinEntry> action) {
        PinEntry pin = entry.get();
        if (pin != null) {
            action.accept(pin);
        }
    }

    private void redraw() {
        PinEntry pin = entry.get();
        int typed = pin == null ? 0 : pin.getLength();
        dots.getChildren().clear();
        for (int i = 0; i < Math.max(Pin.MIN_DIGITS, typed); i++) {
            Region dot = new Region();
            dot.getStyleClass().addAll("lp-pin-dot", i < typed ? "lp-pin-dot-filled" : "lp-pin-dot-empty");
            dots.getChildren().add(dot);
        }
        ok.setDisable(pin == null || !pin.isComplete());
        boolean full = pin != null && pin.fullProperty().get();
        for (Button b : digitKeys) {
            b.setDisable(full);
        }
    }

    public ObjectProperty<PinEntry> entryProperty() {
        return entry;
    }

    public PinEntry getEntry() {
        return entry.get();
    }

    public void setEntry(PinEntry value) {
        entry.set(value);
    }

    /** Runs when OK is tapped with a complete PIN. */
    public ObjectProperty<EventHandler<ActionEvent>> onOkProperty() {
        return onOk;
    }

    public EventHandler<ActionEvent> getOnOk() {
        return onOk.get();
    }

    public void setOnOk(EventHandler<ActionEvent> value) {
        onOk.set(value);
    }
}

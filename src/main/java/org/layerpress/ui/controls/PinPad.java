package org.layerpress.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.fx.Words;

/**
 * A PIN pad for gloved hands on a {@link KeyGrid}: keys 1–9, a wide 0, backspace, Clear and a tall
 * OK, each at least 20 mm; the digits typed show as filled dots in {@link Pin#MIN_DIGITS} rings,
 * never as digits. OK is enabled only with a complete PIN. Ids: {@code key0}…{@code key9},
 * {@code keyBack}, {@code keyClear}, {@code keyOk}, {@code pinDots}. In FXML:
 * {@code <PinPad fx:id="pinPad" entry="${controller.viewModel.pin}"/>}.
 */
public final class PinPad extends VBox {

    private final ObjectProperty<PinEntry> entry = new SimpleObjectProperty<>(this, "entry");
    private final ObjectProperty<EventHandler<ActionEvent>> onOk = new SimpleObjectProperty<>(this, "onOk");
    private final HBox dots = new HBox();
    private final KeyGrid keys = new KeyGrid("lp-pin-keys", "lp-key");
    private final List<Button> digitKeys = new ArrayList<>();
    private final Button ok;
    private final InvalidationListener redraw = obs -> redraw();

    public PinPad() {
        getStyleClass().add("lp-pinpad");
        dots.setId("pinDots");
        dots.getStyleClass().add("lp-pin-dots");
        keys.digits1to9("key", d -> () -> withEntry(pin -> pin.type((char) ('0' + d))));
        digitKeys.addAll(keys.keys());
        digitKeys.add(keys.key("key0", "0", 0, 3, 3, 1, () -> withEntry(pin -> pin.type('0'))));
        Region backGlyph = new Region();
        backGlyph.getStyleClass().addAll("lp-glyph", "lp-glyph-backspace");
        keys.glyphKey("keyBack", backGlyph, Words.get("common.deleteDigit"), 3, 0, () -> withEntry(PinEntry::backspace));
        keys.key("keyClear", Words.get("common.clear"), 3, 1, () -> withEntry(PinEntry::clear));
        ok = keys.key("keyOk", Words.get("common.ok"), 3, 2, 1, 2, this::okTapped);
        ok.getStyleClass().add("lp-key-ok");
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

    private void okTapped() {
        EventHandler<ActionEvent> handler = onOk.get();
        PinEntry pin = entry.get();
        if (handler != null && pin != null && pin.isComplete()) {
            handler.handle(new ActionEvent(ok, ok));
        }
    }

    private void withEntry(Consumer<PinEntry> action) {
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

    /**
     * Lays a PIN pad over the screen for a second person (a witness) without logging anyone out:
     * OK with a complete PIN runs {@code onOk} and closes; Cancel clears what was typed and closes.
     * Ids: the pad {@code id}, Cancel {@code cancelId}.
     */
    public static void showOverlay(StackPane host, String title, String id, String cancelId, PinEntry entry, Runnable onOk) {
        PinPad pad = new PinPad();
        pad.setId(id);
        pad.setEntry(entry);
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId(cancelId);
        // Cancel beside the keys, not in a row under them: four rows of 20 mm keys, the title, the dots and a
        // button row were taller than the Run area, so the whole page was drawn smaller and the keys fell under 20 mm.
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        VBox side = new VBox(push, cancel);
        HBox body = new HBox(pad, side);
        body.getStyleClass().add("lp-temp-pin-body");
        Runnable close = TapPicker.showPanel(host, title, body);
        cancel.setOnAction(e -> {
            entry.clear();
            close.run();
        });
        pad.setOnOk(e -> {
            onOk.run();
            close.run();
        });
    }

    /** The pad's keys, for measuring. */
    public KeyGrid keyGrid() {
        return keys;
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

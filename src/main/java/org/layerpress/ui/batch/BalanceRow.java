package org.layerpress.ui.batch;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The balance's part of a load step, on a station that weighs on one: Tare and Take weight (plain
 * grey, glove-sized like every button of the theme), and a line saying where the mass came from
 * (the balance and its serial number, or typed and why). A mass typed on the pad there asks at once
 * why the balance is not used: it is recorded as a deviation.
 */
final class BalanceRow {

    /** Why a mass is typed although the station has a balance, to tap instead of typing. */
    static final List<String> WHY_TYPED = List.of("Balance offline", "Balance not stable (draught in the box)", "Balance in service",
            "Balance overloaded");

    private BalanceRow() {
    }

    static Node create(LoadLayerViewModel m) {
        Button tare = key(Words.get("balance.tare"));
        tare.setId("tareBalance");
        tare.setFocusTraversable(false);
        tare.setOnAction(e -> m.tare());
        Button take = key(Words.get("balance.takeWeight"));
        take.setId("takeWeight");
        take.setFocusTraversable(false);
        take.setOnAction(e -> m.takeWeight());
        Label note = new Label();
        note.setId("balanceNote");
        note.setWrapText(true);
        note.textProperty().bind(m.balanceNoteProperty());
        Label source = new Label();
        source.setId("massSource");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.textProperty().bind(m.massSourceProperty().map(s -> s.isEmpty() ? "" : Words.format("balance.mass", s)));
        // Beside the keys, not under them: a load page with a balance and a witness is the tallest step page.
        VBox words = new VBox(note, source);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(tare, take, words);
        row.getStyleClass().add("lp-button-row");
        return row;
    }

    /** A balance key: as narrow as its longest word, so the words beside it have room (German "Gewicht übernehmen" takes two lines). */
    private static Button key(String words) {
        Button b = new Button(words);
        b.getStyleClass().add("lp-balance-key");
        b.setWrapText(true);
        return b;
    }

    /** After a mass is typed on a station with a balance: the reason, picked or typed, makes it a recorded deviation. */
    static void askWhyTyped(StackPane host, LoadLayerViewModel m) {
        TapPicker.pick(host, Words.get("balance.whyTyped"), WHY_TYPED, "", m::typeBecause);
    }
}

package org.layerpress.ui.batch;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
        Button tare = new Button(Words.get("balance.tare"));
        tare.setId("tareBalance");
        tare.setFocusTraversable(false);
        tare.setOnAction(e -> m.tare());
        Button take = new Button(Words.get("balance.takeWeight"));
        take.setId("takeWeight");
        take.setFocusTraversable(false);
        take.setOnAction(e -> m.takeWeight());
        Label note = new Label();
        note.setId("balanceNote");
        note.setWrapText(true);
        note.setMinWidth(0);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.textProperty().bind(m.balanceNoteProperty());
        HBox buttons = new HBox(tare, take, note);
        buttons.getStyleClass().add("lp-button-row");
        Label source = new Label();
        source.setId("massSource");
        source.setWrapText(true);
        source.textProperty().bind(m.massSourceProperty().map(s -> s.isEmpty() ? "" : Words.format("balance.mass", s)));
        return new VBox(buttons, source);
    }

    /** After a mass is typed on a station with a balance: the reason, picked or typed, makes it a recorded deviation. */
    static void askWhyTyped(StackPane host, LoadLayerViewModel m) {
        TapPicker.pick(host, Words.get("balance.whyTyped"), WHY_TYPED, "", m::typeBecause);
    }
}

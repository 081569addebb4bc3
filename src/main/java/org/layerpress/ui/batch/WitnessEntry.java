package org.layerpress.ui.batch;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.PinEntry;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The second person of a witnessed weighing (recipe's {@code secondPersonCheck}): they tap their
 * name, then enter their own PIN on the pad, without logging the operator out. The sequencer checks
 * name, role and PIN when Confirm is sent (lockout and audit as at login).
 */
final class WitnessEntry {

    private WitnessEntry() {
    }

    /** The witness button and, beside it, who has witnessed (or that someone must). */
    static Node row(LoadLayerViewModel m, StackPane host) {
        Button witness = new Button(Words.get("witness.button"));
        witness.setId("enterWitness");
        witness.getStyleClass().addAll("lp-entry-button", "lp-witness-button");
        witness.setFocusTraversable(false);
        witness.setOnAction(e -> m.witnessChoices(people -> pickName(m, host, people)));
        Label who = new Label();
        who.setId("witnessName");
        who.setWrapText(true);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        who.textProperty().bind(m.witnessProperty().map(w -> w.isEmpty()
                ? Words.get("witness.needed")
                : Words.format("witness.by", w)));
        HBox row = new HBox(witness, who);
        row.getStyleClass().add("lp-button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void pickName(LoadLayerViewModel m, StackPane host, List<User> people) {
        Map<String, User> byName = people.stream().collect(Collectors.toMap(User::fullName, Function.identity(), (a, b) -> a));
        TapPicker.pick(host, Words.get("witness.pickName"), byName.keySet().stream().sorted().toList(), null,
                name -> askPin(m, host, byName.get(name)));
    }

    private static void askPin(LoadLayerViewModel m, StackPane host, User person) {
        PinEntry entry = new PinEntry();
        PinPad.showOverlay(host, Words.format("witness.pin", person.fullName()), "witnessPinPad", "witnessCancel", entry,
                () -> m.witnessedBy(person, entry.take()));
    }
}

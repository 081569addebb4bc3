package org.layerpress.ui.batch;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.layerpress.domain.user.User;
import org.layerpress.ui.PinEntry;
import org.layerpress.ui.PinPad;
import org.layerpress.ui.TapPicker;

/**
 * The second person of a witnessed weighing (recipe's {@code secondPersonCheck}): they tap their
 * name, then enter their own PIN on the pad, without logging the operator out. The sequencer checks
 * name, role and PIN when Confirm is sent (lockout and audit as at login).
 */
final class WitnessEntry {

    private WitnessEntry() {
    }

    static Node button(LoadLayerViewModel m, StackPane host) {
        Button witness = new Button();
        witness.setId("enterWitness");
        witness.textProperty().bind(m.witnessProperty().map(w -> "Witness\n" + (w.isEmpty() ? "name + PIN" : w)));
        witness.getStyleClass().add("lp-entry-button");
        witness.setFocusTraversable(false);
        witness.setOnAction(e -> m.witnessChoices(people -> pickName(m, host, people)));
        return witness;
    }

    private static void pickName(LoadLayerViewModel m, StackPane host, List<User> people) {
        Map<String, User> byName = people.stream().collect(Collectors.toMap(User::fullName, Function.identity(), (a, b) -> a));
        TapPicker.pick(host, "Witness: tap your name", byName.keySet().stream().sorted().toList(), null,
                name -> askPin(m, host, byName.get(name)));
    }

    private static void askPin(LoadLayerViewModel m, StackPane host, User person) {
        PinEntry entry = new PinEntry();
        PinPad pad = new PinPad();
        pad.setId("witnessPinPad");
        pad.setEntry(entry);
        Button cancel = new Button("Cancel");
        cancel.setId("witnessCancel");
        Runnable close = TapPicker.showPanel(host, person.fullName() + ": your PIN, then OK", pad, cancel);
        cancel.setOnAction(e -> {
            entry.clear();
            close.run();
        });
        pad.setOnOk(e -> {
            m.witnessedBy(person, entry.take());
            close.run();
        });
    }
}

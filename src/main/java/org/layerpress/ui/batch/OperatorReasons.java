package org.layerpress.ui.batch;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The reasons an operator taps for a hold, for going on after one, and for a failed inspection, and
 * the one way they are asked: a preset by tap plus optional words; without a reason nothing is sent
 * (the use cases refuse one anyway). The record keeps the words as chosen.
 */
final class OperatorReasons {

    /** Why an operator holds a running batch ("Hold…" on any step). */
    static final List<String> HOLD = List.of(
            "Needs a supervisor's look", "Material or tool missing", "Glovebox problem", "Unusual noise or movement",
            "Break or shift change", ReasonEntry.OTHER);
    /** Why the operator goes on after a hold instead of repeating the step. */
    static final List<String> CONTINUE = List.of(
            "Pellet checked: intact", "Cause found and cleared", "Step was as good as done", "Supervisor agreed", ReasonEntry.OTHER);
    /** Why an inspection question was answered "not OK". */
    static final List<String> INSPECTION_FAILED = List.of(
            "Crack or chip", "Layers separated", "Wrong thickness", "Contamination seen", "Stuck in the die", ReasonEntry.OTHER);

    private OperatorReasons() {
    }

    /** Asks for a reason from {@code presets}; {@code onReason} gets it once one is given. */
    static void ask(StackPane host, String question, List<String> presets, Consumer<String> onReason) {
        ReasonEntry why = new ReasonEntry(presets);
        TapPicker.pickReason(host, question, why, () -> {
            if (why.reason().isEmpty()) {
                TapPicker.inform(host, Words.get("step.reason.nothingDone"), Words.get("step.reason.needed"));
            } else {
                onReason.accept(why.reason());
            }
        });
    }
}

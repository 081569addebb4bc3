package org.layerpress.ui.batch;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * Aborting a batch: a reason first (tap a typical one, details optional), then hold-to-confirm,
 * because an abort cannot be taken back. Ids: {@code pickerOk}, {@code confirmAbort}, {@code abortCancel}.
 */
final class AbortFlow {

    private AbortFlow() {
    }

    static void ask(StackPane host, String what, Consumer<String> onConfirmed) {
        ReasonEntry why = new ReasonEntry(HeldViewModel.ABORT_REASONS);
        TapPicker.pickReason(host, Words.format("step.abort.why", what), why, () -> {
            String reason = why.reason();
            if (reason.isEmpty()) {
                TapPicker.inform(host, Words.get("step.abort.notAborted"), Words.get("step.abort.needsReason"));
                return;
            }
            HoldButton hold = new HoldButton(Words.get("step.abort.hold"));
            hold.setId("confirmAbort");
            hold.setAction(Words.get("step.abort.action"));
            Button cancel = new Button(Words.get("common.cancel"));
            cancel.setId("abortCancel");
            Label text = new Label(Words.format("step.abort.confirmText", what, reason));
            text.setWrapText(true);
            text.getStyleClass().add("lp-picker-text");
            Runnable close = TapPicker.showPanel(host, Words.format("step.abort.title", what), text, cancel, hold);
            cancel.setOnAction(e -> close.run());
            hold.setOnConfirmed(e -> {
                close.run();
                onConfirmed.accept(reason);
            });
        });
    }

}

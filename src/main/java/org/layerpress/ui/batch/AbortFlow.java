package org.layerpress.ui.batch;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.TapPicker;

/**
 * Aborting a batch: a reason first (tap a typical one, details optional), then hold-to-confirm,
 * because an abort cannot be taken back. Ids: {@code pickerOk}, {@code confirmAbort}, {@code abortCancel}.
 */
final class AbortFlow {

    private AbortFlow() {
    }

    static void ask(StackPane host, String what, Consumer<String> onConfirmed) {
        ReasonEntry why = new ReasonEntry(HeldViewModel.ABORT_REASONS);
        TapPicker.pickReason(host, "Why abort " + what + "?", why, () -> {
            String reason = why.reason();
            if (reason.isEmpty()) {
                TapPicker.inform(host, "Not aborted", "An abort needs a reason: tap one of the reasons.");
                return;
            }
            HoldButton hold = new HoldButton("Hold to abort");
            hold.setId("confirmAbort");
            hold.setAction("abort");
            Button cancel = new Button("Cancel");
            cancel.setId("abortCancel");
            Label text = new Label("Abort " + what + " for this reason: " + reason + ". The record stays; the batch cannot go on.");
            text.setWrapText(true);
            text.getStyleClass().add("lp-picker-text");
            Runnable close = TapPicker.showPanel(host, "Abort " + what, text, cancel, hold);
            cancel.setOnAction(e -> close.run());
            hold.setOnConfirmed(e -> {
                close.run();
                onConfirmed.accept(reason);
            });
        });
    }

}

package org.layerpress.ui.batch;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.TapPicker;

/**
 * One button in a step's action column for the two ways of stopping a batch's progress: Hold (it can go
 * on later) and Abort (it ends). They share a button because a step page's column holds three glove-sized
 * keys under the step's own action at the panel's height, and Help is the third; both are rare, and Abort
 * cannot be taken back, so the extra tap costs little. The layout's Abort button is taken over (its id
 * becomes {@code holdOrAbort}); the panel's keys are {@code holdBatch}, {@code abortBatch} and {@code holdOrAbortCancel}.
 */
final class HoldOrAbort {

    static final String ID = "holdOrAbort";

    private HoldOrAbort() {
    }

    static void takeOver(Button column, StackPane host, Runnable hold, Runnable abort) {
        column.setId(ID);
        column.setText("Hold or abort…");
        column.setOnAction(e -> ask(host, hold, abort));
    }

    private static void ask(StackPane host, Runnable hold, Runnable abort) {
        Button holdKey = new Button("Hold…");
        holdKey.setId("holdBatch");
        Button abortKey = new Button("Abort batch…");
        abortKey.setId("abortBatch");
        Button cancel = new Button("Cancel");
        cancel.setId("holdOrAbortCancel");
        Label text = new Label("Hold stops the batch where it is, with a reason; it can go on later. "
                + "Abort ends the batch with a reason; its record stays.");
        text.setWrapText(true);
        text.getStyleClass().add("lp-picker-text");
        Runnable close = TapPicker.showPanel(host, "Hold or abort the batch", text, cancel, holdKey, abortKey);
        cancel.setOnAction(e -> close.run());
        holdKey.setOnAction(e -> {
            close.run();
            hold.run();
        });
        abortKey.setOnAction(e -> {
            close.run();
            abort.run();
        });
    }
}

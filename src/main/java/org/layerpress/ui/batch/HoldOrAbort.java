package org.layerpress.ui.batch;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

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
        column.setText(Words.get("step.holdOrAbort"));
        column.setOnAction(e -> ask(host, hold, abort));
    }

    private static void ask(StackPane host, Runnable hold, Runnable abort) {
        Button holdKey = new Button(Words.get("step.hold"));
        holdKey.setId("holdBatch");
        Button abortKey = new Button(Words.get("step.abortBatch"));
        abortKey.setId("abortBatch");
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId("holdOrAbortCancel");
        Label text = new Label(Words.get("step.holdOrAbort.text"));
        text.setWrapText(true);
        text.getStyleClass().add("lp-picker-text");
        Runnable close = TapPicker.showPanel(host, Words.get("step.holdOrAbort.title"), text, cancel, holdKey, abortKey);
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

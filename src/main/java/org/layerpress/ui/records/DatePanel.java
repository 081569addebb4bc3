package org.layerpress.ui.records;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The date filter laid over the list: a preset by one tap, or first and last day moved a day at a
 * time with − / + steppers (no calendar to drag, no date to type), then "Show these days".
 */
final class DatePanel {

    private DatePanel() {
    }

    static void show(StackPane host, BatchListViewModel list) {
        HBox presets = new HBox();
        presets.getStyleClass().add("lp-button-row");
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId("datesCancel");
        Button apply = new Button(Words.get("records.dates.apply"));
        apply.setId("datesApply");
        apply.getStyleClass().add("lp-primary");
        Label from = new Label();
        Label to = new Label();
        Runnable update = () -> {
            from.setText(Words.date(list.getPickedFrom()));
            to.setText(Words.date(list.getPickedTo()));
        };
        VBox body = new VBox(presets, stepper(Words.get("records.dates.from"), "datesFrom", from, list::stepPickedFrom, update),
                stepper(Words.get("records.dates.to"), "datesTo", to, list::stepPickedTo, update));
        body.getStyleClass().add("lp-date-panel");
        Runnable closer = TapPicker.showPanel(host, Words.get("records.dates.title"), body, cancel, apply);
        for (DateRange r : DateRange.values()) {
            if (r == DateRange.PICKED) {
                continue;
            }
            Button b = new Button(r.label());
            b.setId("dates-" + r.name());
            b.setWrapText(true);
            b.setOnAction(e -> {
                closer.run();
                list.selectRange(r);
            });
            presets.getChildren().add(b);
        }
        update.run();
        cancel.setOnAction(e -> closer.run());
        apply.setOnAction(e -> {
            closer.run();
            list.selectRange(DateRange.PICKED);
        });
    }

    private static HBox stepper(String caption, String id, Label value, java.util.function.IntConsumer step, Runnable update) {
        Label what = new Label(caption);
        what.getStyleClass().add("lp-date-caption");
        value.getStyleClass().add("lp-stepper-value");
        value.setId(id);
        Button minus = new Button("−");
        minus.setId(id + "Minus");
        Button plus = new Button("+");
        plus.setId(id + "Plus");
        minus.setOnAction(e -> {
            step.accept(-1);
            update.run();
        });
        plus.setOnAction(e -> {
            step.accept(+1);
            update.run();
        });
        HBox row = new HBox(what, minus, value, plus);
        row.getStyleClass().addAll("lp-stepper", "lp-button-row");
        return row;
    }
}

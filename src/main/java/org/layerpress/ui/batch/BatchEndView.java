package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/** Controller of {@code BatchEnd.fxml}: how the batch ended, its summary lines, and {@code newBatch}. */
public final class BatchEndView {

    private final BatchEndViewModel model;
    private final RunViewModel run;
    private Parent root;

    @FXML private VBox summaryLines;

    private BatchEndView(BatchEndViewModel model, RunViewModel run) {
        this.model = model;
        this.run = run;
    }

    public static BatchEndView load(LayoutLocator layouts, BatchEndViewModel model, RunViewModel run) {
        BatchEndView view = new BatchEndView(model, run);
        view.root = Layouts.load(layouts, "BatchEnd", view);
        return view;
    }

    @FXML
    private void initialize() {
        for (String line : model.lines()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("lp-summary-line");
            summaryLines.getChildren().add(l);
        }
    }

    @FXML
    private void newBatch() {
        run.newBatch();
    }

    public BatchEndViewModel getModel() {
        return model;
    }

    public Parent root() {
        return root;
    }
}

package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/**
 * Controller of {@code Step.fxml}: one step, big: title, what to do, the kind's own part
 * ({@link StepParts}) and the confirm control ({@code confirmStep}), enabled only when the step's
 * view model is ready; {@code abortBatch} asks for a reason and a hold.
 */
public final class StepView {

    private final StepModel model;
    private final RunViewModel run;
    private final StackPane host;
    private Parent root;

    @FXML private VBox kindArea;
    @FXML private Button confirmStep;

    private StepView(StepModel model, RunViewModel run, StackPane host) {
        this.model = model;
        this.run = run;
        this.host = host;
    }

    public static StepView load(LayoutLocator layouts, StepModel model, RunViewModel run, StackPane host) {
        StepView view = new StepView(model, run, host);
        view.root = Layouts.load(layouts, "Step", view);
        return view;
    }

    @FXML
    private void initialize() {
        kindArea.getChildren().setAll(StepParts.of(model, host));
        confirmStep.disableProperty().bind(model.confirmableProperty().not());
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    @FXML
    private void abort() {
        AbortFlow.ask(host, "the batch", run::abort);
    }

    /** For the layout's bindings: {@code ${controller.model.title}}. */
    public StepModel getModel() {
        return model;
    }

    public Parent root() {
        return root;
    }
}

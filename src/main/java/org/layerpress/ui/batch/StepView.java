package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Step.fxml}: one step, big: title, what to do, the kind's own part
 * ({@link StepParts}) and the confirm control ({@code confirmStep}), enabled only when the step's
 * view model is ready; Abort is {@link StepScreen}'s.
 */
public final class StepView extends StepScreen {

    private final StepModel model;

    @FXML private VBox kindArea;
    @FXML private Button confirmStep;

    private StepView(StepModel model, RunViewModel run, StackPane host) {
        super(run, host);
        this.model = model;
    }

    public static StepView load(LayoutLocator layouts, StepModel model, RunViewModel run, StackPane host) {
        StepView view = new StepView(model, run, host);
        view.loadLayout(layouts, "Step", model.step().step().kind());
        return view;
    }

    @FXML
    private void initialize() {
        kindArea.getChildren().setAll(StepParts.of(model, host));
        confirmStep.disableProperty().bind(model.confirmableProperty().not());
    }

    @FXML
    private void confirm() {
        if (model instanceof InspectStepViewModel inspect && inspect.anyFailed()) {
            OperatorReasons.ask(host, Words.get("step.reason.whyNotOk"), OperatorReasons.INSPECTION_FAILED, inspect::confirmFailed);
        } else {
            model.confirm();
        }
    }

    /** For the layout's bindings: {@code ${controller.model.title}}. */
    public StepModel getModel() {
        return model;
    }
}

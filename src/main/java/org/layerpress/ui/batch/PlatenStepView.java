package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.fx.LayoutLocator;

/**
 * Controller of {@code PlatenStep.fxml}: a HEAT or COOL step, both platens big beside the setpoint,
 * the step's state in words, the soak countdown, the trend, a platen with no live temperature in words,
 * and Start heating / Start cooling ({@code confirmStep}), enabled only until the step runs.
 */
public final class PlatenStepView extends StepScreen {

    private final PlatenStepViewModel model;

    @FXML private Button confirmStep;

    private PlatenStepView(PlatenStepViewModel model, RunViewModel run, StackPane host) {
        super(run, host);
        this.model = model;
    }

    public static PlatenStepView load(LayoutLocator layouts, PlatenStepViewModel model, RunViewModel run, StackPane host) {
        PlatenStepView view = new PlatenStepView(model, run, host);
        view.loadLayout(layouts, "PlatenStep", model.step().step().kind());
        return view;
    }

    @FXML
    private void initialize() {
        confirmStep.disableProperty().bind(model.confirmableProperty().not());
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    public PlatenStepViewModel getModel() {
        return model;
    }
}

package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Held.fxml}: why the batch is held (or was interrupted), in words, and the
 * decision: {@code repeatStep}, {@code continueBatch} (both wait for the interlocks and a latched PLC
 * fault's reset), {@code abortHeld}; {@code resetFault}, hold-to-confirm, while a PLC fault is latched.
 */
public final class HeldView {

    private final HeldViewModel model;
    private final StackPane host;
    private Parent root;

    @FXML private Button repeatStep;
    @FXML private Button continueBatch;
    @FXML private HoldButton resetFault;

    private HeldView(HeldViewModel model, StackPane host) {
        this.model = model;
        this.host = host;
    }

    public static HeldView load(LayoutLocator layouts, HeldViewModel model, StackPane host) {
        HeldView view = new HeldView(model, host);
        view.root = Layouts.load(layouts, "Held", view);
        return view;
    }

    @FXML
    private void initialize() {
        repeatStep.disableProperty().bind(model.canResumeProperty().not());
        continueBatch.disableProperty().bind(model.canResumeProperty().not());
        PlcFaultResetModel reset = model.getFaultReset();
        resetFault.visibleProperty().bind(reset.offeredProperty());
        resetFault.managedProperty().bind(reset.offeredProperty());
        resetFault.disableProperty().bind(reset.canResetProperty().not());
        resetFault.setOnConfirmed(e -> reset.reset());
    }

    @FXML
    private void repeat() {
        model.repeatStep();
    }

    @FXML
    private void continueOn() {
        OperatorReasons.ask(host, Words.get("held.whyContinue"), OperatorReasons.CONTINUE, model::continueOn);
    }

    @FXML
    private void abort() {
        AbortFlow.ask(host, Words.get("step.abort.theBatch"), model::abort);
    }

    public HeldViewModel getModel() {
        return model;
    }

    public Parent root() {
        return root;
    }
}

package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/**
 * Controller of {@code Held.fxml}: why the batch is held (or was interrupted), in words, and the
 * decision: {@code repeatStep}, {@code continueBatch} (both wait for the interlocks), {@code abortHeld}.
 */
public final class HeldView {

    private final HeldViewModel model;
    private final StackPane host;
    private Parent root;

    @FXML private Button repeatStep;
    @FXML private Button continueBatch;

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
    }

    @FXML
    private void repeat() {
        model.repeatStep();
    }

    @FXML
    private void continueOn() {
        model.continueOn();
    }

    @FXML
    private void abort() {
        AbortFlow.ask(host, "the batch", model::abort);
    }

    public HeldViewModel getModel() {
        return model;
    }

    public Parent root() {
        return root;
    }
}

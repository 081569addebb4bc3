package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/**
 * What the run screen's step controllers ({@link StepView}, {@link PressStepView}) share: the run they
 * belong to, the pane their dialogs open over, their loaded layout, and Abort ({@code abortBatch}),
 * which asks for a reason and then ends the batch.
 */
abstract class StepScreen {

    private final RunViewModel run;
    /** Where a dialog of this step (a reason, a picker) opens. */
    final StackPane host;
    private Parent root;

    StepScreen(RunViewModel run, StackPane host) {
        this.run = run;
        this.host = host;
    }

    /** Loads {@code layout} with this as its controller; called once, right after construction. */
    final void loadLayout(LayoutLocator layouts, String layout) {
        root = Layouts.load(layouts, layout, this);
    }

    @FXML
    void abort() {
        AbortFlow.ask(host, "the batch", run::abort);
    }

    public Parent root() {
        return root;
    }
}

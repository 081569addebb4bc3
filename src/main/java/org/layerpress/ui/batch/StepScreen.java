package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/**
 * What the run screen's step controllers ({@link StepView}, {@link PressStepView}) share: the run they
 * belong to, the pane their dialogs open over, their loaded layout, Hold ({@code holdBatch}), which holds
 * the batch with a tapped reason, and Abort ({@code abortBatch}), which asks for a reason and then ends the batch.
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
        addHold();
    }

    /**
     * "Hold…" above Abort on every step page, added here rather than in each step layout so a site's
     * own layouts get it too. Glove-sized as Abort is (the same style).
     */
    private void addHold() {
        if (root.lookup("#abortBatch") instanceof Button abort && abort.getParent() instanceof Pane actions) {
            Button hold = new Button("Hold…");
            hold.setId("holdBatch");
            hold.setFocusTraversable(false);
            hold.setMaxWidth(Double.MAX_VALUE);
            hold.setWrapText(true);
            hold.setOnAction(e -> hold());
            actions.getChildren().add(actions.getChildren().indexOf(abort), hold);
        }
    }

    /** Holds the batch with a tapped reason (a press step under way is stopped as Stop does). */
    void hold() {
        OperatorReasons.ask(host, "Why hold the batch?", OperatorReasons.HOLD, run::hold);
    }

    @FXML
    void abort() {
        AbortFlow.ask(host, "the batch", run::abort);
    }

    public Parent root() {
        return root;
    }
}

package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * What the run screen's step controllers ({@link StepView}, {@link PressStepView}) share: the run they
 * belong to, the pane their dialogs open over, their loaded layout, and "Hold or abort…" ({@link HoldOrAbort}):
 * Hold ({@code holdBatch}) holds the batch with a tapped reason, Abort ({@code abortBatch}) asks for a reason and
 * then ends the batch.
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

    /**
     * Loads {@code layout} with this as its controller; called once, right after construction. The "?" of
     * the step's kind ({@link StepHelp}) and "Hold or abort…" are put into the layout's action column in
     * code, so every step page has them and a site's own layout cannot leave them out.
     */
    final void loadLayout(LayoutLocator layouts, String layout, StepKind kind) {
        root = Layouts.load(layouts, layout, this);
        if (root.lookup(".lp-step-actions") instanceof VBox actions) {
            // Under the step's own actions, at the column's spacer (a bare Region), so Confirm or Start stays on top.
            int spacer = 0;
            while (spacer < actions.getChildren().size() && actions.getChildren().get(spacer).getClass() != Region.class) {
                spacer++;
            }
            actions.getChildren().add(Math.min(spacer, Math.max(0, actions.getChildren().size() - 1)), StepHelp.button(kind, host));
        }
        if (root.lookup("#abortBatch") instanceof Button abort) {
            HoldOrAbort.takeOver(abort, host, this::hold, this::abort);
        }
    }

    /** Holds the batch with a tapped reason (a press step under way is stopped as Stop does). */
    void hold() {
        OperatorReasons.ask(host, Words.get("step.reason.whyHold"), OperatorReasons.HOLD, run::hold);
    }

    @FXML
    void abort() {
        AbortFlow.ask(host, Words.get("step.abort.theBatch"), run::abort);
    }

    public Parent root() {
        return root;
    }
}

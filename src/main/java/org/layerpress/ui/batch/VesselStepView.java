package org.layerpress.ui.batch;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.fx.LayoutLocator;

/**
 * Controller of {@code VesselStep.fxml}: the vessel pressure big, the hold countdown, the lid in words
 * (the {@code :abnormal} style while it is not locked), the phase, the blockers in words, and Start as
 * hold-to-confirm ({@code startVessel}), disabled while anything blocks it or the step runs.
 */
public final class VesselStepView extends StepScreen {

    private static final PseudoClass ABNORMAL = PseudoClass.getPseudoClass("abnormal");

    private final VesselStepViewModel model;

    @FXML private HoldButton startVessel;
    @FXML private Label lidState;

    private VesselStepView(VesselStepViewModel model, RunViewModel run, StackPane host) {
        super(run, host);
        this.model = model;
    }

    public static VesselStepView load(LayoutLocator layouts, VesselStepViewModel model, RunViewModel run, StackPane host) {
        VesselStepView view = new VesselStepView(model, run, host);
        view.loadLayout(layouts, "VesselStep", model.step().step().kind());
        return view;
    }

    @FXML
    private void initialize() {
        startVessel.disableProperty().bind(model.confirmableProperty().not());
        startVessel.setOnConfirmed(e -> model.confirm());
        lidState.pseudoClassStateChanged(ABNORMAL, model.lidAbnormalProperty().get());
        model.lidAbnormalProperty().addListener((o, was, now) -> lidState.pseudoClassStateChanged(ABNORMAL, now));
    }

    public VesselStepViewModel getModel() {
        return model;
    }
}

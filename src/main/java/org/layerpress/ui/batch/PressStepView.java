package org.layerpress.ui.batch;

import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code PressStep.fxml}: live pressure and force big, this step's trend against the
 * recipe, the phase and hold countdown, the blockers in words, and Start as hold-to-confirm
 * ({@code startPress}), disabled while anything blocks it; while the press runs, Stop
 * ({@code stopPress}) in its place, which asks for a reason by one tap and then stops.
 */
public final class PressStepView extends StepScreen {

    private final PressStepViewModel model;

    @FXML private HoldButton startPress;
    @FXML private Button stopPress;
    @FXML private PressureGauge gauge;
    @FXML private VBox manualGauge;
    @FXML private Label gaugeScale;
    @FXML private Label phase;
    @FXML private Button gaugeReading;
    @FXML private StepTrendPane stepTrend;

    private PressStepView(PressStepViewModel model, RunViewModel run, StackPane host) {
        super(run, host);
        this.model = model;
    }

    public static PressStepView load(LayoutLocator layouts, PressStepViewModel model, RunViewModel run, StackPane host) {
        PressStepView view = new PressStepView(model, run, host);
        view.loadLayout(layouts, "PressStep", model.step().step().kind());
        return view;
    }

    @FXML
    private void initialize() {
        startPress.disableProperty().bind(model.confirmableProperty().not());
        startPress.setOnConfirmed(e -> model.confirm());
        startPress.visibleProperty().bind(model.stoppableProperty().not());
        startPress.managedProperty().bind(startPress.visibleProperty());
        stopPress.visibleProperty().bind(model.stoppableProperty());
        stopPress.managedProperty().bind(stopPress.visibleProperty());
        // Only while a step is pumped by hand: the gauge, its scale in words, and the instruction big.
        gauge.gaugeProperty().bind(model.manualProperty());
        manualGauge.visibleProperty().bind(model.manualProperty().isNotNull());
        manualGauge.managedProperty().bind(manualGauge.visibleProperty());
        GaugeStepModel g = model.getGauge();
        if (g == null) {
            gaugeReading.setVisible(false);
        } else {
            // No transducer, so no pressure to draw: the room goes to the instruction and the reading key under it.
            stepTrend.setVisible(false);
            stepTrend.setManaged(false);
            // Glove-sized: the pad, with the band under what is typed.
            gaugeReading.visibleProperty().bind(g.readingAskedProperty().and(model.stoppableProperty()));
        }
        gaugeReading.managedProperty().bind(gaugeReading.visibleProperty());
        model.manualProperty().addListener((o, was, now) -> {
            gaugeScale.setText(now == null ? "" : now.scaleText());
            boolean big = now != null;
            if (big != phase.getStyleClass().contains("lp-phase-manual")) {
                if (big) {
                    phase.getStyleClass().add("lp-phase-manual");
                } else {
                    phase.getStyleClass().remove("lp-phase-manual");
                }
            }
        });
    }

    @FXML
    private void typeGaugeReading() {
        GaugeStepModel g = model.getGauge();
        if (g != null) {
            NumberPad.showOverlay(host, g.padTitle(), g.unit(), g::padNote, g::confirm);
        }
    }

    @FXML
    private void stop() {
        // One tap on a reason stops: a plain picker, no OK. The words say what this Stop is not.
        TapPicker.pick(host, Words.get("step.press.stopWhy"), PressStepViewModel.STOP_REASONS, null, model::stop);
    }

    public PressStepViewModel getModel() {
        return model;
    }
}

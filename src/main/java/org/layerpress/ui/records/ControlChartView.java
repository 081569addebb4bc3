package org.layerpress.ui.records;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.MessageLine;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code ControlChart.fxml}: recipe and quantity by tap, the chart, its sentences, the
 * CSV export, Back to the list; a tap near a point opens that batch's record.
 */
public final class ControlChartView {

    private final ControlChartViewModel viewModel;
    private final StackPane host;
    private final Runnable onBack;
    private final Consumer<String> onBatch;
    private Parent root;

    @FXML private Button recipeButton;
    @FXML private Button quantityButton;
    @FXML private Button chartExport;
    @FXML private ControlChartCanvas chartCanvas;
    @FXML private Label centreLine;
    @FXML private Label limitsLine;
    @FXML private Label beyondLine;
    @FXML private Label missingLine;
    @FXML private Label runLine;
    @FXML private MessageLine chartMessage;

    private ControlChartView(ControlChartViewModel viewModel, StackPane host, Runnable onBack, Consumer<String> onBatch) {
        this.viewModel = viewModel;
        this.host = host;
        this.onBack = onBack;
        this.onBatch = onBatch;
    }

    /** @param host where the pickers open (the Records area) */
    public static ControlChartView load(LayoutLocator layouts, ControlChartViewModel viewModel, StackPane host, Runnable onBack,
                                        Consumer<String> onBatch) {
        ControlChartView view = new ControlChartView(viewModel, host, onBack, onBatch);
        view.root = Layouts.load(layouts, "ControlChart", view);
        return view;
    }

    @FXML
    private void initialize() {
        recipeButton.textProperty().bind(viewModel.recipeProperty()
                .map(r -> Words.get("chart.recipe") + "\n" + (r.isEmpty() ? Words.get("chart.none") : r)));
        quantityButton.textProperty().bind(viewModel.quantityProperty()
                .map(q -> Words.get("chart.quantity") + "\n" + ControlChartViewModel.words(q)));
        // A Supervisor charts records as QA does, but only QA takes them off the station (the use case refuses too).
        chartExport.setVisible(viewModel.mayExport());
        chartExport.setManaged(viewModel.mayExport());
        chartCanvas.modelProperty().bind(viewModel.modelProperty());
        chartCanvas.setOnBatch(onBatch);
        chartMessage.messageProperty().bind(viewModel.messageProperty());
        centreLine.textProperty().bind(viewModel.modelProperty().map(ControlChartModel::centreWords).orElse(""));
        limitsLine.textProperty().bind(viewModel.modelProperty().map(ControlChartModel::limitsWords).orElse(""));
        beyondLine.textProperty().bind(viewModel.modelProperty().map(ControlChartModel::beyondWords).orElse(""));
        missingLine.textProperty().bind(viewModel.modelProperty().map(ControlChartModel::missingWords).orElse(""));
        runLine.textProperty().bind(viewModel.modelProperty().map(ControlChartModel::runWords).orElse(""));
        for (Label l : new Label[] {missingLine, runLine}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
    }

    @FXML
    private void pickRecipe() {
        viewModel.recipeChoices(names -> TapPicker.pick(host, Words.get("chart.pickRecipe.title"), names, viewModel.getRecipe(),
                viewModel::selectRecipe));
    }

    @FXML
    private void pickQuantity() {
        TapPicker.pick(host, Words.get("chart.pickQuantity.title"), viewModel.quantityChoices(),
                ControlChartViewModel.words(viewModel.quantityProperty().get()), viewModel::selectQuantity);
    }

    @FXML
    private void exportCsv() {
        viewModel.export(places -> TapPicker.pick(host, Words.get("chart.exportTo"), places, null, viewModel::exportTo));
    }

    @FXML
    private void back() {
        onBack.run();
    }

    public ControlChartViewModel viewModel() {
        return viewModel;
    }

    public ControlChartCanvas canvas() {
        return chartCanvas;
    }

    public Parent root() {
        return root;
    }
}

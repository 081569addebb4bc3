package org.layerpress.ui.records;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Records.fxml} and the QA pages' navigation: the batch list, then a batch's
 * record ({@link BatchDetailView}) replacing it in this one area, and back.
 */
public final class RecordsView {

    private final LayoutLocator layouts;
    private final QaSources sources;
    private final Session session;
    private final UseCaseRunner runner;
    private final ZoneId zone;
    private final BatchListViewModel listModel;
    private StackPane root;
    private BatchDetailView detail;
    private ControlChartView chart;

    @FXML private BorderPane listPage;
    @FXML private ListView<BatchLine> batchList;
    @FXML private Button dateFilter;
    @FXML private Button recipeFilter;
    @FXML private Button operatorFilter;
    @FXML private Button stationFilter;
    @FXML private Button refreshList;
    @FXML private Button controlChart;
    @FXML private HBox pagerKeys;
    @FXML private Button stateFilter;
    @FXML private Button flagFilter;
    @FXML private Button decisionFilter;
    @FXML private Button findFilter;

    private RecordsView(LayoutLocator layouts, QaSources sources, Session session, UseCaseRunner runner, Clock clock, ZoneId zone) {
        this.layouts = layouts;
        this.sources = Objects.requireNonNull(sources, "sources");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = runner;
        this.zone = zone;
        this.listModel = new BatchListViewModel(sources.list(), runner, clock, zone);
    }

    /**
     * The Records section's factory for {@code HmiContext.withRecords}: binds the QA use cases to
     * each session ({@code sourcesFor}) and shows the list in the station's time zone.
     */
    public static Function<Session, Node> screen(LayoutLocator layouts, Function<Session, QaSources> sourcesFor) {
        return session -> load(layouts, sourcesFor.apply(session), session, UseCaseRunner.fx(), Clock.systemDefaultZone(),
                ZoneId.systemDefault()).root();
    }

    /** Loads the list and starts reading it; FX thread. */
    public static RecordsView load(LayoutLocator layouts, QaSources sources, Session session, UseCaseRunner runner, Clock clock, ZoneId zone) {
        RecordsView view = new RecordsView(layouts, sources, session, runner, clock, zone);
        view.root = (StackPane) Layouts.load(layouts, "Records", view);
        view.listModel.load();
        return view;
    }

    @FXML
    private void initialize() {
        batchList.setItems(listModel.rows());
        batchList.setCellFactory(l -> new BatchCell());
        caption(stationFilter, Words.get("records.station.filter"), listModel.getStation().textProperty());
        stationFilter.visibleProperty().bind(listModel.getStation().shownProperty());
        stationFilter.managedProperty().bind(stationFilter.visibleProperty());
        // Six glove-sized buttons do not fit the column: on a list of several stations, any station tapped reads the list again.
        refreshList.visibleProperty().bind(stationFilter.visibleProperty().not());
        refreshList.managedProperty().bind(refreshList.visibleProperty());
        // No charts wired (a QA workstation over the central copy): no Control chart key, and without Refresh the row goes.
        controlChart.setVisible(sources.charts() != ChartSource.NONE);
        controlChart.managedProperty().bind(controlChart.visibleProperty());
        pagerKeys.visibleProperty().bind(refreshList.visibleProperty().or(controlChart.visibleProperty()));
        pagerKeys.managedProperty().bind(pagerKeys.visibleProperty());
        caption(dateFilter, Words.get("records.filter.dates"), listModel.dateTextProperty());
        caption(recipeFilter, Words.get("records.filter.recipe"), listModel.recipeTextProperty());
        caption(operatorFilter, Words.get("records.filter.operator"), listModel.operatorTextProperty());
        caption(stateFilter, Words.get("records.filter.state"), listModel.stateTextProperty());
        caption(flagFilter, Words.get("records.filter.flag"), listModel.flagTextProperty());
        caption(decisionFilter, Words.get("records.filter.decision"), listModel.decisionTextProperty());
        findFilter.textProperty().bind(listModel.findTextProperty());
    }

    /** Two lines on a filter button: what it filters, and the choice now. */
    private static void caption(Button button, String what, ObservableValue<String> choice) {
        button.textProperty().bind(choice.map(c -> what + "\n" + c));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setPrefWidth(0);
    }

    @FXML
    private void pickDates() {
        DatePanel.show(root, listModel);
    }

    @FXML
    private void pickStation() {
        // Nothing marked, so tapping the station shown now reads the list again (this chip stands in for Refresh).
        TapPicker.pick(root, Words.get("records.station.pick"), listModel.getStation().choices(), "", listModel.getStation()::select);
    }

    @FXML
    private void pickRecipe() {
        TapPicker.pick(root, Words.get("records.pick.recipe"), listModel.recipeChoices(), listModel.getRecipe(), listModel::selectRecipe);
    }

    @FXML
    private void pickOperator() {
        TapPicker.pick(root, Words.get("records.pick.operator"), listModel.operatorChoices(), listModel.getOperator(), listModel::selectOperator);
    }

    @FXML
    private void pickState() {
        TapPicker.pick(root, Words.get("records.pick.state"), listModel.stateChoices(), listModel.getState(), listModel::selectState);
    }

    @FXML
    private void pickFlag() {
        TapPicker.pick(root, Words.get("records.pick.flag"), listModel.flagChoices(), listModel.getFlag(), listModel::selectFlag);
    }

    @FXML
    private void pickDecision() {
        TapPicker.pick(root, Words.get("records.pick.decision"), listModel.decisionChoices(), listModel.getDecision(),
                listModel::selectDecision);
    }

    @FXML
    private void pickFind() {
        FindPanel.show(root, listModel);
    }

    @FXML
    private void previousPage() {
        listModel.previous();
    }

    @FXML
    private void nextPage() {
        listModel.next();
    }

    @FXML
    private void refresh() {
        listModel.refresh();
    }

    /** Opens the cross-batch control chart in place of the list; a point tapped there opens its batch, whose Back returns to the chart. */
    @FXML
    public void openChart() {
        if (chart == null) {
            ControlChartViewModel vm = new ControlChartViewModel(sources.charts(), sources.exporter(), runner,
                    session.user().has(Permission.REVIEW_BATCH));
            chart = ControlChartView.load(layouts, vm, root, this::closeChart, this::openBatchFromChart);
        }
        root.getChildren().setAll(chart.root());
    }

    private void closeChart() {
        chart = null;
        showList();
    }

    private void openBatchFromChart(String batchId) {
        openBatch(batchId, this::openChart);
    }

    /** The control chart shown now (or kept behind a record opened from it), if any. */
    public ControlChartView chart() {
        return chart;
    }

    /** Opens a batch's record in place of the list. */
    public void openBatch(String batchId) {
        openBatch(batchId, this::showList);
    }

    private void openBatch(String batchId, Runnable back) {
        BatchDetailViewModel vm = new BatchDetailViewModel(sources, session, runner, zone);
        detail = BatchDetailView.load(layouts, vm, root, back);
        root.getChildren().setAll(detail.root());
        vm.load(batchId);
    }

    public void showList() {
        root.getChildren().setAll(listPage);
        detail = null;
        listModel.refresh();
    }

    /** Batch id and recipe; operator and start; state, flags and QA decision as chips (word + glyph). A tap opens it. */
    private final class BatchCell extends ListCell<BatchLine> {
        BatchCell() {
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    openBatch(getItem().batchId());
                }
            });
        }

        @Override
        protected void updateItem(BatchLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label id = new Label(item.shownId());
            id.getStyleClass().add("lp-recipe-name");
            id.setMinWidth(Label.USE_PREF_SIZE);
            Label recipe = new Label(item.recipe());
            recipe.setMinWidth(0);
            // When beside the id and who before the chips: a printed name and a time together do not fit beside the chips.
            Label when = new Label(item.started());
            when.getStyleClass().add("lp-dim-text");
            when.setMinWidth(Label.USE_PREF_SIZE);
            HBox first = new HBox(id, when, recipe);
            first.getStyleClass().add("lp-batch-first-line");
            // Filtered by a lot or material, where it went in this batch says more than who ran it.
            String who = item.station().isEmpty() ? item.operator() : item.station() + " · " + item.operator();
            Label whoWhen = new Label(item.usedIn().isEmpty() ? who : item.usedIn());
            whoWhen.setId(item.usedIn().isEmpty() ? null : "usedIn");
            whoWhen.setWrapText(!item.usedIn().isEmpty()); // a lot in two layers: the row grows rather than cut a step
            whoWhen.getStyleClass().add("lp-dim-text");
            whoWhen.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Indication flags = item.flagCount() == 0 ? Indication.normal(item.flagText(), Glyph.EMPTY)
                    : new Indication(item.flagText(), Glyph.WARNING, Severity.WARNING);
            // The chips share the second line with who/when, so the recipe keeps the whole first line.
            HBox second = new HBox(whoWhen, gap, RecordNodes.chip(item.state()), RecordNodes.chip(flags), RecordNodes.chip(item.decision()));
            if (item.training()) {
                second.getChildren().add(1, RecordNodes.trainingMark()); // beside who ran it, leaving the recipe its line
            }
            second.getStyleClass().add("lp-batch-second-line");
            VBox row = new VBox(first, second);
            row.getStyleClass().add("lp-batch-row");
            setGraphic(row);
        }
    }

    public BatchListViewModel getListModel() {
        return listModel;
    }

    /** The record shown now, if any. */
    public BatchDetailView detail() {
        return detail;
    }

    public Parent root() {
        return root;
    }
}

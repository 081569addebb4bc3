package org.layerpress.ui.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.layerpress.ui.recipe.SignatureDialogViewModel;

/**
 * Controller of {@code BatchDetail.fxml}: fills header, tabs, timeline and flag rows from the
 * {@link BatchDetailViewModel}, passes chart buttons on, and opens the signature dialog and pickers
 * over the Records section's area ({@code host}).
 */
public final class BatchDetailView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final LayoutLocator layouts;
    private final BatchDetailViewModel viewModel;
    private final StackPane host;
    private final Runnable onBack;
    private Parent root;
    private Button currentTab;

    @FXML private Label batchTitle;
    @FXML private HBox chipRow;
    @FXML private HBox tabs;
    @FXML private Node summaryPage;
    @FXML private Node timelinePage;
    @FXML private Node flagsPage;
    @FXML private Node tracePage;
    @FXML private GridPane facts;
    @FXML private Label signature;
    @FXML private Label timelineZone;
    @FXML private ListView<TimelineRow> timelineList;
    @FXML private ListView<QualityFlag> flagList;
    @FXML private Button timelineUp;
    @FXML private Button timelineDown;
    @FXML private Button flagsUp;
    @FXML private Button flagsDown;
    @FXML private TraceChart traceChart;
    @FXML private Button zoomIn;
    @FXML private Button zoomOut;
    @FXML private Button panLeft;
    @FXML private Button panRight;
    @FXML private Label compareLegend;

    private BatchDetailView(LayoutLocator layouts, BatchDetailViewModel viewModel, StackPane host, Runnable onBack) {
        this.layouts = layouts;
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.host = host;
        this.onBack = onBack;
    }

    /** Loads the page; {@code host} is the area pickers and the signature dialog are laid over. FX thread. */
    public static BatchDetailView load(LayoutLocator layouts, BatchDetailViewModel viewModel, StackPane host, Runnable onBack) {
        BatchDetailView view = new BatchDetailView(layouts, viewModel, host, onBack);
        view.root = Layouts.load(layouts, "BatchDetail", view);
        return view;
    }

    @FXML
    private void initialize() {
        timelineList.setItems(viewModel.timeline());
        timelineList.setCellFactory(l -> new TimelineCell());
        flagList.setItems(viewModel.flags());
        flagList.setCellFactory(l -> new FlagCell());
        PageScroller.attach(timelineList, timelineUp, timelineDown);
        PageScroller.attach(flagList, flagsUp, flagsDown);
        traceChart.modelProperty().bind(viewModel.chartProperty());
        viewModel.chartProperty().addListener((obs, was, now) -> chartButtons(now));
        compareLegend.visibleProperty().bind(compareLegend.textProperty().isNotEmpty());
        compareLegend.managedProperty().bind(compareLegend.visibleProperty());
        viewModel.headerProperty().addListener((obs, was, now) -> showHeader(now));
        viewModel.pressSteps().addListener((ListChangeListener<Integer>) c -> buildTabs());
        viewModel.flags().addListener((ListChangeListener<QualityFlag>) c -> buildTabs());
        buildTabs();
    }

    private void chartButtons(TraceChartModel m) {
        zoomIn.setDisable(m == null || !m.canZoomIn());
        zoomOut.setDisable(m == null || !m.canZoomOut());
        panLeft.setDisable(m == null || !m.canPanLeft());
        panRight.setDisable(m == null || !m.canPanRight());
    }

    private void showHeader(BatchHeader h) {
        batchTitle.setText(Words.format("records.detail.title", h.batchId()));
        chipRow.getChildren().setAll(RecordNodes.chip(h.state()), RecordNodes.chip(h.decision()));
        if (h.training()) {
            chipRow.getChildren().add(RecordNodes.trainingMark());
        }
        facts.getChildren().clear();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(Words.get("records.fact.recipe"), h.recipe());
        rows.put(Words.get("records.fact.recipeHash"), Timeline.shortHash(h.recipeHash()));
        rows.put(Words.get("records.fact.die"), h.die());
        rows.put(Words.get("records.fact.press"), h.press());
        rows.put(Words.get("records.fact.operator"), h.operator());
        rows.put(Words.get("records.fact.started"), h.started());
        rows.put(Words.get("records.fact.ended"), h.ended());
        rows.put(Words.get("records.fact.zone"), h.zone());
        if (h.training()) {
            rows.put(Words.get("records.fact.purpose"), Words.get("records.fact.training"));
        }
        if (!h.calibration().isEmpty()) {
            rows.put(Words.get("records.fact.calibration"), String.join("\n", h.calibration()));
        }
        int r = 0;
        for (Map.Entry<String, String> e : rows.entrySet()) {
            Label caption = new Label(e.getKey());
            caption.getStyleClass().add("lp-caption");
            caption.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(e.getValue());
            value.setId("fact-" + r);
            value.setWrapText(true);
            value.setMinHeight(Label.USE_PREF_SIZE);
            facts.addRow(r++, caption, value);
        }
        signature.setText(h.signature());
        timelineZone.setText(Words.format("records.timeline.zone", h.zone()));
    }

    /** Summary, Timeline, Flags (n), then one tab per press step with a trace. */
    private void buildTabs() {
        tabs.getChildren().clear();
        tab("tabSummary", Words.get("records.tab.summary"), summaryPage, null);
        tab("tabTimeline", Words.get("records.tab.timeline"), timelinePage, null);
        tab("tabFlags", viewModel.flags().isEmpty() ? Words.get("records.tab.flags") : Words.format("records.tab.flagsCount", viewModel.flags().size()), flagsPage, null);
        for (Integer step : viewModel.pressSteps()) {
            tab("tabTrace" + step, Words.format("records.tab.trace", step), tracePage, step);
        }
        Button first = (Button) tabs.getChildren().get(0);
        if (currentTab == null || tabs.getChildren().stream().noneMatch(n -> n.getId().equals(currentTab.getId()))) {
            first.fire();
        } else {
            tabs.getChildren().stream().filter(n -> n.getId().equals(currentTab.getId())).findFirst().ifPresent(n -> ((Button) n).fire());
        }
    }

    private void tab(String id, String text, Node page, Integer traceStep) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("lp-tab");
        // A focused button gets two background insets in the theme, which paints the current tab's three layers black.
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            for (Node p : List.of(summaryPage, timelinePage, flagsPage, tracePage)) {
                p.setVisible(p == page);
            }
            if (traceStep != null && viewModel.record() != null && viewModel.traceStep() != traceStep) {
                viewModel.showTrace(traceStep);
            }
            tabs.getChildren().forEach(n -> n.pseudoClassStateChanged(CURRENT, n == b));
            currentTab = b;
        });
        tabs.getChildren().add(b);
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @FXML
    private void approve() {
        sign(QaDecision.APPROVED);
    }

    @FXML
    private void reject() {
        sign(QaDecision.REJECTED);
    }

    private void sign(QaDecision decision) {
        SignatureDialogViewModel dialog = new SignatureDialogViewModel(viewModel.signing(decision), viewModel.session(),
                (input, onSigned, onRefused) -> viewModel.signOff(decision, input, onSigned, onRefused));
        SignatureDialogView.show(layouts, host, dialog);
    }

    @FXML
    private void exportPdf() {
        export(Exporter.Format.PDF);
    }

    @FXML
    private void exportCsv() {
        export(Exporter.Format.CSV);
    }

    @FXML
    private void exportJson() {
        export(Exporter.Format.JSON);
    }

    /** With several places to write to (a stick and the network folder), the person picks one by tap. */
    private void export(Exporter.Format format) {
        viewModel.export(format, places -> TapPicker.pick(host, Words.format("records.export.to", format.toString()), places, null,
                place -> viewModel.exportTo(format, place)));
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void panLeft() {
        viewModel.panLeft();
    }

    @FXML
    private void panRight() {
        viewModel.panRight();
    }

    /** Other batches of this recipe by tap; "No comparison" takes the second trace away. */
    @FXML
    private void compare() {
        viewModel.compareChoices(lines -> {
            Map<String, String> ids = new LinkedHashMap<>();
            if (viewModel.getChart() != null && viewModel.getChart().comparing()) {
                ids.put(Words.get("records.compare.none"), "");
            }
            for (BatchLine l : lines) {
                ids.put(l.batchId() + "\n" + l.operator() + " · " + l.decision().word(), l.batchId());
            }
            if (ids.isEmpty()) {
                TapPicker.inform(host, Words.get("records.compare.title"), Words.get("records.compare.nothing"));
                return;
            }
            TapPicker.pick(host, Words.format("records.compare.pick", viewModel.traceStep()), List.copyOf(ids.keySet()), null, choice -> {
                String id = ids.get(choice);
                if (id.isEmpty()) {
                    viewModel.clearCompare();
                } else {
                    viewModel.compareWith(id);
                }
            });
        });
    }

    /** Time and who on the left; what happened, its values, and an amendment beside the original. */
    private static final class TimelineCell extends ListCell<TimelineRow> {
        TimelineCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label time = new Label(item.time());
            Label who = new Label(item.who());
            who.getStyleClass().add("lp-dim-text");
            // A printed name is longer than a login: it wraps under the time rather than being cut.
            who.setWrapText(true);
            who.setMinHeight(Label.USE_PREF_SIZE);
            VBox left = new VBox(time, who);
            left.getStyleClass().add("lp-timeline-when");
            Label what = new Label(item.what());
            what.getStyleClass().add("lp-timeline-what");
            what.setWrapText(true);
            what.setMinHeight(Label.USE_PREF_SIZE);
            if (item.severity().abnormal()) {
                // Amber chip with glyph and word; the theme's chips have no red, and a record's past alarm needs no action now.
                what.setGraphic(RecordNodes.chip(item.severity() == Severity.ALARM
                        ? new Indication(Words.get("records.chip.alarm"), Glyph.ALARM, Severity.WARNING) : Indication.warning(Words.get("records.chip.warning"))));
            }
            VBox right = new VBox(what);
            right.setMinWidth(0);
            HBox.setHgrow(right, Priority.ALWAYS);
            if (!item.detail().isEmpty()) {
                Label detail = new Label(item.detail());
                detail.getStyleClass().add("lp-dim-text");
                detail.setWrapText(true);
                detail.setMinHeight(Label.USE_PREF_SIZE);
                right.getChildren().add(detail);
            }
            if (item.amended()) {
                Label amendment = new Label(item.amendment());
                amendment.getStyleClass().addAll("lp-tag", "lp-amendment");
                amendment.setWrapText(true);
                amendment.setMinHeight(Label.USE_PREF_SIZE);
                right.getChildren().add(amendment);
            }
            HBox row = new HBox(left, right);
            row.getStyleClass().add("lp-timeline-row");
            setGraphic(row);
        }
    }

    /** The flag's name with the warning glyph, then its sentence (step, value, limit). */
    private static final class FlagCell extends ListCell<QualityFlag> {
        FlagCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(QualityFlag item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label kind = RecordNodes.chip(Indication.warning(RecordWords.flagTitle(item.kind())));
            // The sentence, the value and the limit are the record's own words: only the frame around them is translated.
            Label sentence = new Label(Words.format("records.flag.sentence", item.explanation(), item.value(), item.limit()));
            sentence.setWrapText(true);
            sentence.setMinHeight(Label.USE_PREF_SIZE);
            VBox box = new VBox(kind, sentence);
            box.getStyleClass().add("lp-flag-row");
            box.setMinWidth(0);
            setGraphic(box);
        }
    }

    public BatchDetailViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

package org.layerpress.ui.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code AuditTrail.fxml}: loads it, fills the table's cells from {@link AuditRow}s
 * and passes taps to the {@link AuditTrailViewModel}. A tap on a row shows it in full.
 */
public final class AuditTrailView {

    private final AuditTrailViewModel viewModel;
    private Parent root;

    @FXML private HBox timeRanges;
    @FXML private TableView<AuditRow> table;
    @FXML private TableColumn<AuditRow, AuditRow> timeColumn;
    @FXML private TableColumn<AuditRow, String> userColumn;
    @FXML private TableColumn<AuditRow, String> actionColumn;
    @FXML private TableColumn<AuditRow, String> entityColumn;
    @FXML private TableColumn<AuditRow, String> changeColumn;
    @FXML private TableColumn<AuditRow, String> reasonColumn;
    @FXML private Button pageUp;
    @FXML private Button pageDown;

    private AuditTrailView(AuditTrailViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The screen for the main frame to host: a full-size content area, loading as it appears. */
    public static Parent create(LayoutLocator layouts, StationServices services, Session session) {
        AuditTrailViewModel vm = new AuditTrailViewModel(services, session, UseCaseRunner.fx(), Clock.systemUTC(), ZoneId.systemDefault());
        return load(layouts, vm).root();
    }

    /** Loads the layout around a view model and starts its first query; FX thread. */
    public static AuditTrailView load(LayoutLocator layouts, AuditTrailViewModel viewModel) {
        AuditTrailView view = new AuditTrailView(viewModel);
        view.root = AdminViews.load(layouts, "AuditTrail.fxml", view);
        viewModel.load();
        return view;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        timeColumn.setCellFactory(c -> new TimeCell());
        text(userColumn, AuditRow::user);
        text(actionColumn, AuditRow::action);
        text(entityColumn, AuditRow::entity);
        text(changeColumn, AuditRow::change);
        text(reasonColumn, AuditRow::reason);
        table.setRowFactory(t -> {
            TableRow<AuditRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    showInFull(row.getItem());
                }
            });
            return row;
        });
        PageScroller.attach(table, pageUp, pageDown);

        ToggleGroup ranges = new ToggleGroup();
        for (var node : timeRanges.getChildren()) {
            ToggleButton b = (ToggleButton) node;
            b.setToggleGroup(ranges);
            AuditTrailViewModel.TimeRange range = AuditTrailViewModel.TimeRange.valueOf((String) b.getUserData());
            b.setOnAction(e -> viewModel.selectTimeRange(range));
        }
        // The view model decides which preset is on; a second tap on it does not turn it off.
        Runnable showRange = () -> ranges.getToggles().forEach(t -> t.setSelected(
                viewModel.getTimeRange().name().equals(t.getUserData())));
        viewModel.timeRangeProperty().addListener((obs, was, now) -> showRange.run());
        ranges.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                showRange.run();
            }
        });
        showRange.run();
    }

    /** A cell that wraps onto a second line (a Label as graphic: a wrapping cell text alone stays one line). */
    private static void text(TableColumn<AuditRow, String> column, Function<AuditRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.getStyleClass().add("lp-cell-text");
                // Named by column, so a screen check can allow the cut a long value gets (the tap shows it whole).
                label.setId(column.getId() + "Text");
                // The cell lays its graphic out at the graphic's preferred size: give it the whole cell.
                label.prefWidthProperty().bind(column.widthProperty().subtract(14));
                label.prefHeightProperty().bind(heightProperty().subtract(6));
                label.setMinSize(0, 0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    label.setText(item);
                    setGraphic(label);
                }
            }
        });
    }

    /** UTC on the first line, the station's local time on the second, dimmer. */
    private static final class TimeCell extends TableCell<AuditRow, AuditRow> {
        private final Label utc = new Label();
        private final Label local = new Label();
        private final VBox box = new VBox(utc, local);

        TimeCell() {
            local.getStyleClass().add("lp-dim-text");
            box.getStyleClass().add("lp-time-cell");
        }

        @Override
        protected void updateItem(AuditRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                utc.setText(item.timeUtc());
                local.setText(item.timeLocal());
                setGraphic(box);
            }
        }
    }

    /** The row in words; a seal's row hashes (hundreds of lines) only behind their own button, a page at a time. */
    private void showInFull(AuditRow row) {
        String title = Words.format("audit.rowTitle", String.valueOf(row.sequence()));
        if (!row.isSeal()) {
            TapPicker.inform(host(), title, row.details());
            return;
        }
        Label body = new Label(row.details());
        body.setWrapText(true);
        body.getStyleClass().add("lp-picker-text");
        Button close = new Button(Words.get("common.close"));
        close.setId("pickerClose");
        Button hashes = new Button(Words.get("audit.rowHashes"));
        hashes.setId("sealLines");
        Runnable closer = TapPicker.showPanel(host(), title, body, hashes, close);
        close.setOnAction(e -> closer.run());
        hashes.setOnAction(e -> {
            closer.run();
            showSealLines(title, row);
        });
    }

    private void showSealLines(String title, AuditRow row) {
        // A virtual list: only the lines on the page are laid out, however long the seal.
        ListView<String> lines = new ListView<>(FXCollections.observableArrayList(row.sealLines()));
        lines.setId("sealLineList");
        lines.getStyleClass().add("lp-seal-lines");
        Button up = new Button("\u25B2");
        Button down = new Button("\u25BC");
        up.getStyleClass().add("lp-page-button");
        down.getStyleClass().add("lp-page-button");
        PageScroller.attach(lines, up, down);
        Button close = new Button(Words.get("common.close"));
        close.setId("pickerClose");
        Runnable closer = TapPicker.showPanel(host(), Words.format("audit.rowHashesTitle", title), lines, up, down, close);
        close.setOnAction(e -> closer.run());
    }

    @FXML
    private void pickUser() {
        TapPicker.pick(host(), Words.get("audit.pick.user"), viewModel.userChoices(), viewModel.getUser(), viewModel::selectUser);
    }

    @FXML
    private void pickEntity() {
        TapPicker.pick(host(), Words.get("audit.pick.entity"), viewModel.entityChoices(), viewModel.getEntity(), viewModel::selectEntity);
    }

    @FXML
    private void more() {
        viewModel.more();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public AuditTrailViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

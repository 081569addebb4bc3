package org.layerpress.ui.alarms;

import java.util.Objects;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.alarms.StationAlarm;
import org.layerpress.application.alarms.StationAlarmEvent;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Alarms.fxml}: draws the two lists and opens the tap pickers (the filters, and
 * shelving's time then reason). It follows the station's alarms only while it is in a scene.
 */
public final class AlarmsView {

    private final AlarmsViewModel viewModel;
    private Parent root;

    @FXML private ListView<StationAlarm> activeList;
    @FXML private Button activeUp;
    @FXML private Button activeDown;
    @FXML private ListView<StationAlarmEvent> historyList;
    @FXML private Button historyUp;
    @FXML private Button historyDown;

    private AlarmsView(AlarmsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The Alarms section for the main frame (the {@code HmiContext.alarmsScreen} factory): FX thread. */
    public static Parent create(LayoutLocator layouts, StationAlarmManager alarms, Session session) {
        return load(layouts, AlarmsViewModel.onScreen(alarms, session)).root();
    }

    public static AlarmsView load(LayoutLocator layouts, AlarmsViewModel viewModel) {
        AlarmsView view = new AlarmsView(viewModel);
        view.root = Layouts.load(layouts, "Alarms", view);
        WhileShown.follow(view.root, viewModel::subscribe, viewModel::unsubscribe);
        return view;
    }

    @FXML
    private void initialize() {
        activeList.setItems(viewModel.getActive());
        activeList.setCellFactory(l -> new TwoLineCell<>(viewModel::activeText, viewModel::activeDetail));
        activeList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != viewModel.getSelected()) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                activeList.getSelectionModel().clearSelection();
            } else if (activeList.getSelectionModel().getSelectedItem() != now) {
                activeList.getSelectionModel().select(now);
            }
        });
        historyList.setItems(viewModel.getHistory());
        historyList.setCellFactory(l -> new TwoLineCell<>(viewModel::historyText, viewModel::historyDetail));
        historyList.setFocusTraversable(false);
        PageScroller.attach(activeList, activeUp, activeDown);
        PageScroller.attach(historyList, historyUp, historyDown);
    }

    /** A headline and a line of detail, both wrapped, never cut. */
    private static final class TwoLineCell<T> extends ListCell<T> {
        private final Function<T, String> head;
        private final Function<T, String> detail;

        TwoLineCell(Function<T, String> head, Function<T, String> detail) {
            this.head = head;
            this.detail = detail;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label top = new Label(head.apply(item));
            top.getStyleClass().add("lp-user-name");
            top.setWrapText(true);
            Label below = new Label(detail.apply(item));
            below.setWrapText(true);
            VBox box = new VBox(top, below);
            box.getStyleClass().add("lp-user-cell");
            setText(null);
            setGraphic(box);
        }
    }

    private StackPane host() {
        return (StackPane) root;
    }

    @FXML
    private void acknowledge() {
        viewModel.acknowledge();
    }

    @FXML
    private void shelve() {
        if (!viewModel.selectionGiven()) {
            return;
        }
        TapPicker.pick(host(), Words.get("alarms.pick.duration"), viewModel.durationChoices(), "",
                duration -> TapPicker.pick(host(), Words.get("alarms.pick.reason"), AlarmsViewModel.SHELVE_REASONS, "",
                        reason -> viewModel.shelve(duration, reason)));
    }

    @FXML
    private void pickWhich() {
        TapPicker.pick(host(), Words.get("alarms.pick.which"), viewModel.whichChoices(), viewModel.getWhichChip(), viewModel::chooseWhich);
    }

    @FXML
    private void pickPriority() {
        TapPicker.pick(host(), Words.get("alarms.pick.priority"), viewModel.priorityChoices(), viewModel.getPriorityChip(), viewModel::choosePriority);
    }

    @FXML
    private void pickWindow() {
        TapPicker.pick(host(), Words.get("alarms.pick.since"), viewModel.windowChoices(), viewModel.getWindowChip(), viewModel::chooseWindow);
    }

    public AlarmsViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

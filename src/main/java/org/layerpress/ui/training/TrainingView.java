package org.layerpress.ui.training;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.layerpress.application.training.TrainingFault.Kind;
import org.layerpress.application.training.TrainingFaultsUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/** Controller of {@code Training.fxml}: draws a row per fault and opens the amount picker. */
public final class TrainingView {

    private final TrainingViewModel viewModel;
    private Parent root;

    @FXML private ListView<Kind> faultList;
    @FXML private Button faultsUp;
    @FXML private Button faultsDown;

    private TrainingView(TrainingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /**
     * The Training section's maker for the main frame ({@code HmiContext.trainingScreen}): present only when the
     * station's press is simulated and this person may train on it.
     */
    public static Optional<Supplier<Node>> section(LayoutLocator layouts, TrainingFaultsUseCase training, Session session) {
        if (!TrainingViewModel.shown(training, session)) {
            return Optional.empty();
        }
        return Optional.of(() -> load(layouts, new TrainingViewModel(training, session, UseCaseRunner.fx())).root());
    }

    public static TrainingView load(LayoutLocator layouts, TrainingViewModel viewModel) {
        TrainingView view = new TrainingView(viewModel);
        view.root = Layouts.load(layouts, "Training", view);
        return view;
    }

    @FXML
    private void initialize() {
        faultList.setItems(viewModel.getFaults());
        faultList.setCellFactory(l -> new FaultCell());
        faultList.setFocusTraversable(false);
        PageScroller.attach(faultList, faultsUp, faultsDown);
        viewModel.changesProperty().addListener((obs, was, now) -> faultList.refresh());
    }

    /** A fault: the button that injects it, its amount chip if it has one, and what to expect, wrapped, never cut. */
    private final class FaultCell extends ListCell<Kind> {

        FaultCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Kind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(null);
            if (empty || kind == null) {
                setGraphic(null);
                return;
            }
            Button inject = new Button(viewModel.label(kind));
            inject.setId("inject-" + kind.name());
            inject.getStyleClass().add("lp-training-inject");
            inject.setWrapText(true);
            inject.setFocusTraversable(false);
            inject.disableProperty().bind(viewModel.busyProperty());
            inject.setOnAction(e -> viewModel.inject(kind));
            HBox row = new HBox(inject);
            if (kind.hasAmount()) {
                Button amount = new Button(viewModel.amountChip(kind));
                amount.setId("amount-" + kind.name());
                amount.getStyleClass().addAll("lp-reason-button", "lp-training-amount");
                amount.setWrapText(true);
                amount.setFocusTraversable(false);
                amount.setOnAction(e -> TapPicker.pick((StackPane) root, viewModel.amountTitle(kind), viewModel.amountChoices(kind),
                        viewModel.amountChip(kind), choice -> viewModel.chooseAmount(kind, choice)));
                row.getChildren().add(amount);
            }
            Label expect = new Label(viewModel.expect(kind));
            expect.setWrapText(true);
            expect.setMinWidth(0);
            HBox.setHgrow(expect, Priority.ALWAYS);
            expect.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().add(expect);
            row.getStyleClass().add("lp-training-row");
            setGraphic(row);
        }
    }

    public TrainingViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

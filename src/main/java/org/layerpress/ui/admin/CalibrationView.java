package org.layerpress.ui.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.calibration.CalibrationUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.layerpress.ui.recipe.SignatureDialogViewModel;

/**
 * Controller of {@code Calibration.fxml}: loads it, draws the list cells, and opens the pads and the
 * signature dialog the form's values come from (no keyboard on the glovebox screen): date parts on the
 * number pad, the certificate id on the lettered pad, the PIN on the signature dialog's pad.
 */
public final class CalibrationView {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final CalibrationViewModel viewModel;
    private final LayoutLocator layouts;
    private Parent root;

    @FXML private ListView<CalibrationRow> instrumentList;
    @FXML private Button instrumentsUp;
    @FXML private Button instrumentsDown;

    private CalibrationView(LayoutLocator layouts, CalibrationViewModel viewModel) {
        this.layouts = layouts;
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The screen for the main frame to host, loading as it appears. */
    public static Parent create(LayoutLocator layouts, CalibrationUseCase calibrations, List<Instrument> instruments, Session session) {
        return load(layouts, new CalibrationViewModel(calibrations, session, instruments, UseCaseRunner.fx())).root();
    }

    /** Loads the layout around a view model and starts reading the instruments' states; FX thread. */
    public static CalibrationView load(LayoutLocator layouts, CalibrationViewModel viewModel) {
        CalibrationView view = new CalibrationView(layouts, viewModel);
        view.root = AdminViews.load(layouts, "Calibration.fxml", view);
        viewModel.load();
        return view;
    }

    @FXML
    private void initialize() {
        instrumentList.setItems(viewModel.getRows());
        instrumentList.setCellFactory(l -> new InstrumentCell());
        instrumentList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != viewModel.getSelected()) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                instrumentList.getSelectionModel().clearSelection();
            } else if (instrumentList.getSelectionModel().getSelectedItem() != now) {
                instrumentList.getSelectionModel().select(now);
            }
        });
        PageScroller.attach(instrumentList, instrumentsUp, instrumentsDown);
    }

    /** What the instrument is; its state in words, with the warning style and mark when it needs attention. */
    private static final class InstrumentCell extends ListCell<CalibrationRow> {
        InstrumentCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CalibrationRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.shownName());
            name.getStyleClass().add("lp-user-name");
            name.setWrapText(true);
            Label state = new Label(item.stateText());
            state.setWrapText(true);
            state.getStyleClass().add("lp-tag");
            state.pseudoClassStateChanged(WARNING, item.needsAttention());
            VBox box = new VBox(name, state);
            box.getStyleClass().add("lp-user-cell");
            setText(null);
            setGraphic(box);
        }
    }

    @FXML
    private void startRecord() {
        viewModel.startRecord();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void sign() {
        if (!viewModel.readyToSign()) {
            return;
        }
        CalibrationFormViewModel form = viewModel.getForm();
        SignatureDialogViewModel dialog = new SignatureDialogViewModel(form.signing(), viewModel.session(), form::record);
        SignatureDialogView.show(layouts, host(), dialog);
    }

    @FXML
    private void typeCertificate() {
        TextPad.showOverlay(host(), Words.get("calibration.pad.certificate"), viewModel.getForm().certificateProperty().get(),
                viewModel.getForm().certificateProperty()::set);
    }

    @FXML
    private void calibratedBack() {
        viewModel.getForm().getCalibratedOn().step(-1);
    }

    @FXML
    private void calibratedForward() {
        viewModel.getForm().getCalibratedOn().step(1);
    }

    @FXML
    private void calibratedYear() {
        pad(viewModel.getForm().getCalibratedOn(), Words.get("date.year"), viewModel.getForm().getCalibratedOn()::year);
    }

    @FXML
    private void calibratedMonth() {
        pad(viewModel.getForm().getCalibratedOn(), Words.get("date.month"), viewModel.getForm().getCalibratedOn()::month);
    }

    @FXML
    private void calibratedDay() {
        pad(viewModel.getForm().getCalibratedOn(), Words.get("date.day"), viewModel.getForm().getCalibratedOn()::day);
    }

    @FXML
    private void dueBack() {
        viewModel.getForm().getDueOn().step(-1);
    }

    @FXML
    private void dueForward() {
        viewModel.getForm().getDueOn().step(1);
    }

    @FXML
    private void dueYear() {
        pad(viewModel.getForm().getDueOn(), Words.get("date.year"), viewModel.getForm().getDueOn()::year);
    }

    @FXML
    private void dueMonth() {
        pad(viewModel.getForm().getDueOn(), Words.get("date.month"), viewModel.getForm().getDueOn()::month);
    }

    @FXML
    private void dueDay() {
        pad(viewModel.getForm().getDueOn(), Words.get("date.day"), viewModel.getForm().getDueOn()::day);
    }

    private void pad(DateEntry date, String part, DoubleFunction<Optional<String>> take) {
        NumberPad.showOverlay(host(), date.caption() + ": " + part, "", date.getText(), typed -> viewModel.getForm().typed(take.apply(typed)));
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public CalibrationViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

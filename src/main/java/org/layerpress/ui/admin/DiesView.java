package org.layerpress.ui.admin;

import java.util.Objects;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.dies.DieRegistryUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.layerpress.ui.recipe.SignatureDialogViewModel;

/**
 * Controller of {@code Dies.fxml}: loads it, draws the list cells, and opens the pads and pickers the
 * form's values come from (no free typing on the glovebox screen): the id on the lettered pad (a scan
 * lands there too), numbers on the number pad, material, status and reasons by tap.
 */
public final class DiesView {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final DiesViewModel viewModel;
    private Parent root;
    private LayoutLocator layouts;

    @FXML private ListView<DieRow> dieList;
    @FXML private Button diesUp;
    @FXML private Button diesDown;
    @FXML private ToggleButton statusInUse;
    @FXML private ToggleButton statusRepair;
    @FXML private Button publishDies;

    private DiesView(DiesViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The screen for the main frame to host, loading as it appears. */
    public static Parent create(LayoutLocator layouts, DieRegistryUseCase dies, Session session) {
        return create(layouts, dies, session, Optional.empty());
    }

    /** As above; with publishing, a Supervisor of a station started with {@code --central} sees "Publish dies to all stations". */
    public static Parent create(LayoutLocator layouts, DieRegistryUseCase dies, Session session, Optional<DiePublishUseCase> publish) {
        return load(layouts, new DiesViewModel(dies, session, UseCaseRunner.fx(), publish)).root();
    }

    /** Loads the layout around a view model and starts reading the registry; FX thread. */
    public static DiesView load(LayoutLocator layouts, DiesViewModel viewModel) {
        DiesView view = new DiesView(viewModel);
        view.layouts = layouts;
        view.root = AdminViews.load(layouts, "Dies.fxml", view);
        viewModel.load();
        return view;
    }

    @FXML
    private void initialize() {
        dieList.setItems(viewModel.getRows());
        dieList.setCellFactory(l -> new DieCell());
        dieList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != viewModel.getSelected()) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                dieList.getSelectionModel().clearSelection();
            } else if (dieList.getSelectionModel().getSelectedItem() != now) {
                dieList.getSelectionModel().select(now);
            }
        });
        PageScroller.attach(dieList, diesUp, diesDown);
        viewModel.getForm().statusProperty().addListener((obs, was, now) -> showStatus(now));
        showStatus(viewModel.getForm().statusProperty().get());
        boolean publishing = viewModel.getPublishForm().isOffered();
        publishDies.setVisible(publishing);
        publishDies.setManaged(publishing);
    }

    /** "On" is a dark face and a check mark, not a colour. */
    private void showStatus(DieStatus status) {
        for (ToggleButton t : new ToggleButton[] {statusInUse, statusRepair}) {
            boolean on = (t == statusInUse) == (status == DieStatus.IN_USE);
            t.setSelected(on);
            Region check = new Region();
            check.getStyleClass().addAll("lp-glyph", Glyph.OK.styleClass());
            t.setGraphic(on ? check : null);
        }
    }

    /** Id and status; the spec line; the wear line, with a warning tag when the die is not plainly in use. */
    private static final class DieCell extends ListCell<DieRow> {
        DieCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DieRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label id = new Label(item.id() + " — " + item.statusText());
            id.getStyleClass().add("lp-user-name");
            id.setWrapText(true);
            Label spec = new Label(item.specText());
            spec.setWrapText(true);
            Label wear = new Label(item.wearText());
            wear.setWrapText(true);
            wear.getStyleClass().add("lp-tag");
            wear.pseudoClassStateChanged(WARNING, item.abnormal());
            VBox box = new VBox(id, spec, wear);
            box.getStyleClass().add("lp-user-cell");
            setText(null);
            setGraphic(box);
        }
    }

    @FXML
    private void startAdd() {
        viewModel.startAdd();
    }

    @FXML
    private void startEdit() {
        viewModel.startEdit();
    }

    @FXML
    private void startRetire() {
        viewModel.startRetire();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void typeId() {
        TextPad.showOverlay(host(), Words.get("dies.pad.id"), viewModel.getForm().idProperty().get(), viewModel.getForm().idProperty()::set);
    }

    @FXML
    private void typeBore() {
        NumberPad.showOverlay(host(), Words.get("dies.pad.bore"), "mm", Words.format("dies.pad.boreRange", plain(DieCommands.BORE_MIN_MM), plain(DieCommands.BORE_MAX_MM)),
                viewModel.getForm().boreProperty()::set);
    }

    @FXML
    private void typeRated() {
        NumberPad.showOverlay(host(), Words.get("dies.pad.rated"), "kN", viewModel.getForm().ratedKiloNewtonsProperty()::set);
    }

    @FXML
    private void typeCycles() {
        NumberPad.showOverlay(host(), Words.get("dies.pad.cycles"), Words.get("dies.pad.cyclesUnit"), viewModel.getForm()::enterRatedCycles);
    }

    @FXML
    private void clearCycles() {
        viewModel.getForm().clearRatedCycles();
    }

    @FXML
    private void pickMaterial() {
        DieFormViewModel form = viewModel.getForm();
        TapPicker.pick(host(), Words.get("dies.pick.material"), form.materialChoices(), form.materialProperty().get(), form.materialProperty()::set);
    }

    @FXML
    private void inUse() {
        viewModel.getForm().statusProperty().set(DieStatus.IN_USE);
        showStatus(DieStatus.IN_USE);
    }

    @FXML
    private void outForRepair() {
        viewModel.getForm().statusProperty().set(DieStatus.OUT_FOR_REPAIR);
        showStatus(DieStatus.OUT_FOR_REPAIR);
    }

    @FXML
    private void pickFormReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getForm().reason());
    }

    @FXML
    private void pickRetireReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getRetireForm().reason());
    }

    @FXML
    private void publishDies() {
        PublishDiesViewModel form = viewModel.getPublishForm();
        SignatureDialogView.show(layouts, host(), new SignatureDialogViewModel(form.signing(), form.session(), form::publish));
    }

    @FXML
    private void save() {
        viewModel.getForm().save();
    }

    @FXML
    private void retire() {
        viewModel.getRetireForm().retire();
    }

    private static String plain(double v) {
        return org.layerpress.ui.batch.StepWords.num(v);
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public DiesViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

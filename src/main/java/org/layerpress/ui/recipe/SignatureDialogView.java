package org.layerpress.ui.recipe;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code SignatureDialog.fxml}: lays the dialog over a screen (inside its
 * {@link StackPane}, never a separate window) and takes it away when the view model closes.
 */
public final class SignatureDialogView {

    /** Style class of the dialog's overlay, for tests. */
    public static final String OVERLAY = "lp-signature-dialog";

    private final SignatureDialogViewModel viewModel;
    private StackPane host;
    private Parent root;

    @FXML private ToggleButton ownName;
    @FXML private PinPad signPinPad;

    private SignatureDialogView(SignatureDialogViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** Shows the dialog over {@code host}; FX thread. */
    public static SignatureDialogView show(LayoutLocator layouts, StackPane host, SignatureDialogViewModel viewModel) {
        SignatureDialogView view = new SignatureDialogView(viewModel);
        view.host = host;
        view.root = Layouts.load(layouts, "SignatureDialog", view);
        // A tap beside the panel does nothing: it must not reach the screen underneath.
        view.root.setOnMouseClicked(javafx.event.Event::consume);
        host.getChildren().add(view.root);
        viewModel.closedProperty().addListener((obs, was, now) -> {
            if (now) {
                host.getChildren().remove(view.root);
            }
        });
        return view;
    }

    @FXML
    private void initialize() {
        ownName.setText(Words.format("sign.iAm", viewModel.ownName()));
        Region check = new Region();
        check.getStyleClass().addAll("lp-glyph", Glyph.OK.styleClass());
        ownName.graphicProperty().bind(viewModel.identityProperty().map(id -> id.isEmpty() ? null : check));
        signPinPad.setOnOk(e -> viewModel.sign());
    }

    @FXML
    private void confirmIdentity() {
        viewModel.confirmIdentity();
        ownName.setSelected(true);
    }

    @FXML
    private void pickReason() {
        TapPicker.pickReason(host, viewModel.reasonCaption(), viewModel.reason());
    }

    @FXML
    private void sign() {
        viewModel.sign();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    public SignatureDialogViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

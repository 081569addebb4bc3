package org.layerpress.ui.access;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/** Controller of {@code ChangePin.fxml}: bindings in the layout, actions to the {@link ChangePinViewModel}. */
public final class ChangePinView {

    private final ChangePinViewModel viewModel;
    @FXML
    private PinPad pinPad;
    private Parent root;

    private ChangePinView(ChangePinViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static ChangePinView load(LayoutLocator layouts, ChangePinViewModel viewModel) {
        ChangePinView view = new ChangePinView(viewModel);
        view.root = Layouts.load(layouts, "ChangePin", view);
        return view;
    }

    @FXML
    private void initialize() {
        pinPad.setOnOk(e -> viewModel.submit());
    }

    @FXML
    private void logout() {
        viewModel.logout();
    }

    public ChangePinViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

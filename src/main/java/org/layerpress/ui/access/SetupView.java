package org.layerpress.ui.access;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.layerpress.domain.InputLimits;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.controls.TextLimit;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/**
 * Controller of {@code Setup.fxml}: the text fields bound both ways (a keyboard types into them, or "Keys…" opens
 * the screen's letter pad), the PIN pad's OK to the view model.
 */
public final class SetupView {

    private final SetupViewModel viewModel;
    @FXML
    private TextField login;
    @FXML
    private TextField fullName;
    @FXML
    private PinPad pinPad;
    private Parent root;
    private StackPane host;

    private SetupView(SetupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static SetupView load(LayoutLocator layouts, SetupViewModel viewModel) {
        SetupView view = new SetupView(viewModel);
        // A StackPane around the page, so the letter pad can be laid over it.
        view.host = new StackPane(Layouts.load(layouts, "Setup", view));
        view.root = view.host;
        return view;
    }

    @FXML
    private void typeLogin() {
        TextPad.showOverlay(host, "Login (lower-case letters and digits)", login.getText(), TextPad.Kind.LOGIN, login::setText);
    }

    @FXML
    private void typeFullName() {
        TextPad.showOverlay(host, "Full name, as printed on signatures", fullName.getText(), TextPad.Kind.NAME, fullName::setText);
    }

    @FXML
    private void initialize() {
        TextLimit.on(login, InputLimits.LOGIN);
        TextLimit.on(fullName, InputLimits.FULL_NAME);
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        fullName.textProperty().bindBidirectional(viewModel.fullNameProperty());
        pinPad.setOnOk(e -> viewModel.submit());
    }

    public SetupViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

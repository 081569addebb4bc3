package org.layerpress.ui.access;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import org.layerpress.domain.InputLimits;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.controls.TextLimit;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/** Controller of {@code Setup.fxml}: the text fields bound both ways, the pad's OK to the view model. */
public final class SetupView {

    private final SetupViewModel viewModel;
    @FXML
    private TextField login;
    @FXML
    private TextField fullName;
    @FXML
    private PinPad pinPad;
    private Parent root;

    private SetupView(SetupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static SetupView load(LayoutLocator layouts, SetupViewModel viewModel) {
        SetupView view = new SetupView(viewModel);
        view.root = Layouts.load(layouts, "Setup", view);
        return view;
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

package org.layerpress.ui.access;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/** Controller of {@code ExitKiosk.fxml}, the overlay that guards leaving kiosk mode. */
public final class ExitKioskView {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ExitKioskViewModel viewModel;
    @FXML
    private Pane people;
    @FXML
    private PinPad exitPinPad;
    private Parent root;

    private ExitKioskView(ExitKioskViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static ExitKioskView load(LayoutLocator layouts, ExitKioskViewModel viewModel) {
        ExitKioskView view = new ExitKioskView(viewModel);
        view.root = Layouts.load(layouts, "ExitKiosk", view);
        return view;
    }

    @FXML
    private void initialize() {
        exitPinPad.setOnOk(e -> viewModel.submit());
        viewModel.getPeople().getShown().addListener((ListChangeListener<User>) c -> showPeople());
        viewModel.whoProperty().addListener((obs, old, now) -> markPicked());
        showPeople();
    }

    private void showPeople() {
        people.getChildren().clear();
        for (User user : viewModel.getPeople().getShown()) {
            Button b = new Button(user.fullName());
            b.setId("exit-" + user.login().toLowerCase(Locale.ROOT));
            b.setUserData(user.fullName());
            b.getStyleClass().add("lp-name-button");
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> viewModel.pick(user));
            people.getChildren().add(b);
        }
        markPicked();
    }

    private void markPicked() {
        people.getChildren().forEach(n -> n.pseudoClassStateChanged(SELECTED, viewModel.getWho().equals(n.getUserData())));
    }

    @FXML
    private void previousPage() {
        viewModel.getPeople().previous();
    }

    @FXML
    private void nextPage() {
        viewModel.getPeople().next();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    public ExitKioskViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

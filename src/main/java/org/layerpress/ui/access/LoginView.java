package org.layerpress.ui.access;

import java.util.Locale;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Login.fxml}: one big button per name on the page, the PIN pad, and the badge
 * scanner. The scanner types like a keyboard, so while this screen is in a scene a scene-level filter
 * collects the typed characters into a {@link BadgeReader} and hands the id over at Enter.
 */
public final class LoginView {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final LoginViewModel viewModel;
    private final BadgeReader badge = new BadgeReader();
    private final EventHandler<KeyEvent> typed = this::keyTyped;
    private final EventHandler<KeyEvent> pressed = this::keyPressed;
    @FXML
    private Pane names;
    @FXML
    private PinPad pinPad;
    @FXML
    private Pane languages;
    private Parent root;

    private LoginView(LoginViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static LoginView load(LayoutLocator layouts, LoginViewModel viewModel) {
        LoginView view = new LoginView(viewModel);
        view.root = Layouts.load(layouts, "Login", view);
        view.root.sceneProperty().addListener((obs, old, now) -> view.listenForBadges(old, now));
        view.listenForBadges(null, view.root.getScene());
        return view;
    }

    @FXML
    private void initialize() {
        pinPad.setOnOk(e -> viewModel.submit());
        viewModel.getUsers().getShown().addListener((javafx.collections.ListChangeListener<User>) c -> showNames());
        showNames();
        showLanguages();
    }

    /**
     * One chip per language, each in its own words (EN, DE, 中文) so anyone finds theirs; the one shown
     * now is selected. A site layout without the {@code languages} box simply offers no choice.
     */
    private void showLanguages() {
        if (languages == null) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            ToggleButton chip = new ToggleButton(language.chip());
            chip.setId("language-" + language.tag());
            chip.setToggleGroup(group);
            chip.setFocusTraversable(false);
            chip.setSelected(language == viewModel.getLanguage());
            // A tap on the chip already chosen keeps it chosen (a group would otherwise unselect it).
            chip.setOnAction(e -> {
                chip.setSelected(true);
                viewModel.chooseLanguage(language);
            });
            languages.getChildren().add(chip);
        }
    }

    private void showNames() {
        names.getChildren().clear();
        for (User user : viewModel.getUsers().getShown()) {
            Label name = new Label(user.fullName());
            name.getStyleClass().add("lp-name");
            VBox graphic = new VBox(name);
            graphic.getStyleClass().add("lp-name-box");
            if (user.demo()) {
                Label tag = new Label(Words.get("common.demo"));
                tag.getStyleClass().add("lp-demo-tag");
                graphic.getChildren().add(tag);
            }
            if (viewModel.isLocked(user)) {
                // Abnormal: amber, with a glyph and the word, never colour alone.
                Region glyph = new Region();
                glyph.getStyleClass().addAll("lp-glyph", "lp-glyph-warning");
                Label tag = new Label(Words.get("common.locked"), glyph);
                tag.setId("locked-" + user.login().toLowerCase(Locale.ROOT));
                tag.getStyleClass().add("lp-tag");
                tag.pseudoClassStateChanged(WARNING, true);
                graphic.getChildren().add(tag);
            }
            Button b = new Button();
            b.setGraphic(graphic);
            b.setId("user-" + user.login().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("lp-name-button");
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> viewModel.pick(user));
            names.getChildren().add(b);
        }
    }

    private void listenForBadges(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            old.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_TYPED, typed);
            now.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        }
    }

    private void keyTyped(KeyEvent e) {
        if (root.isDisabled()) {
            return;
        }
        if (BadgeReader.isEnter(e.getCharacter())) {
            scanned();
        } else {
            badge.accept(e.getCharacter(), System.nanoTime());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !root.isDisabled()) {
            scanned();
            e.consume();
        }
    }

    private void scanned() {
        badge.enter(System.nanoTime()).ifPresent(viewModel::badgeScanned);
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void previousPage() {
        viewModel.getUsers().previous();
    }

    @FXML
    private void nextPage() {
        viewModel.getUsers().next();
    }

    @FXML
    private void exit() {
        viewModel.exit();
    }

    public LoginViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

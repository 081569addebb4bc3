package org.layerpress.ui.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserPublishUseCase;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.layerpress.ui.recipe.SignatureDialogViewModel;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Role;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.controls.TextLimit;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Users.fxml}: loads it, wires what FXML cannot bind both ways (text fields,
 * role toggles, list selection), draws the list cells, and passes taps to the {@link UsersViewModel}
 * and its forms' view models.
 */
public final class UsersView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final UsersViewModel viewModel;
    private Parent root;

    @FXML private ListView<UserRow> userList;
    @FXML private Button publishUsers;
    @FXML private Button usersUp;
    @FXML private Button usersDown;
    @FXML private Button rolesTab;
    @FXML private Button resetPinTab;
    @FXML private Button disableTab;
    @FXML private ToggleButton roleOperator;
    @FXML private ToggleButton roleQa;
    @FXML private ToggleButton roleSupervisor;
    @FXML private ToggleButton roleAdmin;
    @FXML private ToggleButton newRoleOperator;
    @FXML private ToggleButton newRoleQa;
    @FXML private ToggleButton newRoleSupervisor;
    @FXML private ToggleButton newRoleAdmin;
    @FXML private TextField newLogin;
    @FXML private TextField newFullName;
    @FXML private TextField newBadge;
    @FXML private HBox stationLanguages;
    private TextField lastTapped;
    /** Where the signature dialog's layout comes from (the site's folder first). */
    private LayoutLocator layouts;

    private UsersView(UsersViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The screen for the main frame to host: a full-size content area, loading as it appears. */
    public static Parent create(LayoutLocator layouts, StationServices services, Session session) {
        return create(layouts, services, session, Optional.empty());
    }

    /** As above; with publishing, an Admin of a station started with {@code --central} sees "Publish users to all stations". */
    public static Parent create(LayoutLocator layouts, StationServices services, Session session, Optional<UserPublishUseCase> publish) {
        return load(layouts, new UsersViewModel(services, session, UseCaseRunner.fx(), Clock.systemUTC(), publish)).root();
    }

    /** Loads the layout around a view model and starts reading the user list; FX thread. */
    public static UsersView load(LayoutLocator layouts, UsersViewModel viewModel) {
        UsersView view = new UsersView(viewModel);
        view.layouts = layouts;
        view.root = AdminViews.load(layouts, "Users.fxml", view);
        viewModel.load();
        return view;
    }

    @FXML
    private void initialize() {
        UserListViewModel list = viewModel.getList();
        userList.setItems(list.users());
        userList.setCellFactory(l -> new UserCell());
        userList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && (list.getSelected() == null || list.getSelected().id() != now.id())) {
                viewModel.select(now);
            }
        });
        list.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                userList.getSelectionModel().clearSelection();
            } else if (userList.getSelectionModel().getSelectedItem() != now) {
                userList.getSelectionModel().select(now);
            }
        });
        PageScroller.attach(userList, usersUp, usersDown);
        boolean publishing = viewModel.getPublishForm().isOffered();
        publishUsers.setVisible(publishing);
        publishUsers.setManaged(publishing);
        for (TextField field : List.of(newLogin, newFullName, newBadge)) {
            field.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    lastTapped = field;
                }
            });
        }

        Map.of(roleOperator, Role.OPERATOR, roleQa, Role.QA, roleSupervisor, Role.SUPERVISOR, roleAdmin, Role.ADMIN)
                .forEach((toggle, role) -> toggle.selectedProperty().bindBidirectional(viewModel.getRolesForm().roleProperty(role)));
        CreateUserFormViewModel create = viewModel.getCreateForm();
        Map.of(newRoleOperator, Role.OPERATOR, newRoleQa, Role.QA, newRoleSupervisor, Role.SUPERVISOR, newRoleAdmin, Role.ADMIN)
                .forEach((toggle, role) -> toggle.selectedProperty().bindBidirectional(create.roleProperty(role)));
        TextLimit.on(newLogin, InputLimits.LOGIN);
        TextLimit.on(newFullName, InputLimits.FULL_NAME);
        TextLimit.on(newBadge, InputLimits.BADGE_ID);
        newLogin.textProperty().bindBidirectional(create.loginProperty());
        newFullName.textProperty().bindBidirectional(create.fullNameProperty());
        newBadge.textProperty().bindBidirectional(create.badgeProperty());

        viewModel.modeProperty().addListener((obs, was, now) -> showMode(now));
        showMode(viewModel.getMode());
        for (ToggleButton t : new ToggleButton[] {roleOperator, roleQa, roleSupervisor, roleAdmin,
                newRoleOperator, newRoleQa, newRoleSupervisor, newRoleAdmin}) {
            // "On" is a dark face and a check mark, not a colour.
            Region check = new Region();
            check.getStyleClass().addAll("lp-glyph", Glyph.OK.styleClass());
            t.graphicProperty().bind(t.selectedProperty().map(on -> on ? check : null));
        }
        showStationLanguages();
    }

    /**
     * One chip per language, each in its own words (EN, DE, 中文) as on the login screen; the chosen one
     * is dark with a check mark (not a colour). A tap on the chosen chip keeps it chosen.
     */
    private void showStationLanguages() {
        ToggleGroup group = new ToggleGroup();
        StationLanguageFormViewModel form = viewModel.getLanguageForm();
        for (Language language : Language.values()) {
            ToggleButton chip = new ToggleButton(language.chip());
            chip.setId("stationLanguage-" + language.tag());
            chip.getStyleClass().add("lp-role-toggle");
            chip.setToggleGroup(group);
            chip.setSelected(form.getChosen() == language);
            chip.setOnAction(e -> {
                chip.setSelected(true);
                form.choose(language);
            });
            // The form reads the stored language when it opens: the chips follow it.
            form.chosenProperty().addListener((obs, was, now) -> chip.setSelected(now == language));
            Region check = new Region();
            check.getStyleClass().addAll("lp-glyph", Glyph.OK.styleClass());
            chip.graphicProperty().bind(chip.selectedProperty().map(on -> on ? check : null));
            stationLanguages.getChildren().add(chip);
        }
    }

    private void showMode(UsersViewModel.Mode mode) {
        rolesTab.pseudoClassStateChanged(CURRENT, mode == UsersViewModel.Mode.ROLES);
        resetPinTab.pseudoClassStateChanged(CURRENT, mode == UsersViewModel.Mode.RESET_PIN);
        disableTab.pseudoClassStateChanged(CURRENT, mode == UsersViewModel.Mode.DISABLE);
    }


    /** Name and login; then roles as plain chips and states as tags with a glyph and a word. */
    private static final class UserCell extends ListCell<UserRow> {
        UserCell() {
            // Cells take the list's width (chips wrap) instead of widening it.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(UserRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            // The name wraps and the login leads the chips, so a long name is never cut.
            Label name = new Label(item.fullName());
            name.getStyleClass().add("lp-user-name");
            name.setWrapText(true);
            Label login = chip(item.login(), "lp-dim-text");
            FlowPane chips = new FlowPane(login);
            chips.getStyleClass().add("lp-chips");
            item.roles().forEach(r -> chips.getChildren().add(chip(r, "lp-role-chip")));
            for (Indication tag : item.tags()) {
                Label t = chip(UserRow.shown(tag), "lp-tag");
                Region glyph = new Region();
                glyph.getStyleClass().addAll("lp-glyph", tag.glyph().styleClass());
                t.setGraphic(glyph);
                t.pseudoClassStateChanged(WARNING, tag.severity().abnormal());
                chips.getChildren().add(t);
            }
            VBox box = new VBox(name, chips);
            box.getStyleClass().add("lp-user-cell");
            setText(null);
            setGraphic(box);
        }

        private static Label chip(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().add(style);
            l.setMinWidth(Region.USE_PREF_SIZE);
            return l;
        }
    }

    /** The field of the new-user form tapped last: "Keys…" types into it (the login if none was tapped yet). */
    private TextField typedInto() {
        return lastTapped == null ? newLogin : lastTapped;
    }

    @FXML
    private void typeOnScreen() {
        TextField field = typedInto();
        TextPad.Kind kind = field == newLogin ? TextPad.Kind.LOGIN : field == newFullName ? TextPad.Kind.NAME : TextPad.Kind.CODE;
        String title = Words.get(field == newLogin ? "users.login" : field == newFullName ? "users.fullName" : "users.badge");
        TextPad.showOverlay(host(), title, field.getText(), kind, field::setText);
    }

    @FXML
    private void publishUsers() {
        PublishUsersViewModel form = viewModel.getPublishForm();
        SignatureDialogView.show(layouts, host(), new SignatureDialogViewModel(form.signing(), form.session(), form::publish));
    }

    @FXML
    private void startCreate() {
        viewModel.startCreate();
    }

    @FXML
    private void startIdleTimeout() {
        viewModel.startIdleTimeout();
    }

    @FXML
    private void startStationLanguage() {
        viewModel.startStationLanguage();
    }

    @FXML
    private void startRoles() {
        viewModel.startRoles();
    }

    @FXML
    private void startResetPin() {
        viewModel.startResetPin();
    }

    @FXML
    private void startDisable() {
        viewModel.startDisable();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void pickRolesReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getRolesForm().reason());
    }

    @FXML
    private void pickResetPinReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getResetPinForm().reason());
    }

    @FXML
    private void pickDisableReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getDisableForm().reason());
    }

    @FXML
    private void pickIdleReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getIdleForm().reason());
    }

    @FXML
    private void pickLanguageReason() {
        TapPicker.pickReason(host(), Words.get("admin.why"), viewModel.getLanguageForm().reason());
    }

    @FXML
    private void typeResetPin() {
        typeTemporaryPin(viewModel.getResetPinForm().getTemporaryPin());
    }

    @FXML
    private void randomResetPin() {
        viewModel.getResetPinForm().getTemporaryPin().generate();
    }

    @FXML
    private void typeNewPin() {
        typeTemporaryPin(viewModel.getCreateForm().getTemporaryPin());
    }

    @FXML
    private void randomNewPin() {
        viewModel.getCreateForm().getTemporaryPin().generate();
    }

    private void typeTemporaryPin(TemporaryPin pin) {
        TempPinPad.showOverlay(host(), Words.get("users.pad.pin"), pin.getDigits(), pin.digitsProperty()::set);
    }

    @FXML
    private void saveRoles() {
        viewModel.getRolesForm().save();
    }

    @FXML
    private void resetPin() {
        viewModel.getResetPinForm().reset();
    }

    @FXML
    private void disable() {
        viewModel.getDisableForm().disable();
    }

    @FXML
    private void create() {
        viewModel.getCreateForm().create();
    }

    @FXML
    private void incrementIdle() {
        viewModel.getIdleForm().increment();
    }

    @FXML
    private void decrementIdle() {
        viewModel.getIdleForm().decrement();
    }

    @FXML
    private void saveIdleTimeout() {
        viewModel.getIdleForm().save();
    }

    @FXML
    private void saveStationLanguage() {
        viewModel.getLanguageForm().save();
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public UsersViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

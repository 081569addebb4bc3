package org.layerpress.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.central.ForwardingStatus;
import org.layerpress.ui.fx.FitPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.shell.MainViewModel.Section;

/**
 * Controller of {@code Main.fxml}: the top bar, the alarm banner under it (from {@link HmiContext#alarmBanner()},
 * so every section shows it) and the body, which shows one section at a time. The Run section is the
 * guided batch ({@link HmiContext#runScreen()}), or the shell ({@code Shell.fxml}) when none is wired;
 * the other screens come from the factories in {@link HmiContext}, made on first use for this session.
 */
public final class MainView {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ABNORMAL = PseudoClass.getPseudoClass("abnormal");

    private final MainViewModel viewModel;
    private final Map<Section, Supplier<Node>> factories = new EnumMap<>(Section.class);
    private final Map<Section, Node> made = new EnumMap<>(Section.class);
    @FXML
    private StackPane body;
    @FXML
    private StackPane alarmBannerHolder;
    @FXML
    private Label forwardingLine;
    private final ForwardingViewModel forwarding = new ForwardingViewModel();
    @FXML
    private Button pressButton;
    @FXML
    private Button recipesButton;
    @FXML
    private Button recordsButton;
    @FXML
    private Button auditButton;
    @FXML
    private Button usersButton;
    @FXML
    private Button diesButton;
    @FXML
    private Button calibrationButton;
    @FXML
    private Button alarmsButton;
    @FXML
    private Button moreButton;
    @FXML
    private HBox topBar;
    /** The station-keeping buttons when they do not fit the bar, under More, over a scrim that closes it on a tap. */
    private final VBox moreMenu = new VBox();
    private final StackPane moreScrim = new StackPane(moreMenu);
    /** Under "More" only, on a simulated press for whom the training use case lets train (made here, not in Main.fxml). */
    private final Button trainingButton = new Button(Words.get("more.training"));
    private Parent root;

    private MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static MainView load(LayoutLocator layouts, HmiContext ctx, MainViewModel viewModel) {
        MainView view = new MainView(viewModel);
        // The Run section: the guided batch with the live values beside it, or the shell alone when no sequencer is wired.
        view.factories.put(Section.PRESS, () -> ctx.runScreen().map(f -> f.apply(viewModel.session()))
                .orElseGet(() -> ShellView.load(layouts, ctx.live(), ShellViewModel.forPress(ctx.pressModel(), ctx.live())).root()));
        view.factories.put(Section.RECIPES, () -> ctx.recipesScreen().apply(viewModel.session()));
        view.factories.put(Section.RECORDS, () -> ctx.recordsScreen().apply(viewModel.session()));
        view.factories.put(Section.AUDIT_TRAIL, () -> ctx.auditTrailScreen().apply(viewModel.session()));
        view.factories.put(Section.USERS, () -> ctx.usersScreen().apply(viewModel.session()));
        view.factories.put(Section.ALARMS, () -> ctx.alarmsScreen().apply(viewModel.session()));
        view.factories.put(Section.DIES, () -> ctx.diesScreen().apply(viewModel.session()));
        view.factories.put(Section.CALIBRATION, () -> ctx.calibrationScreen().apply(viewModel.session()));
        ctx.trainingScreen().apply(viewModel.session()).ifPresent(screen -> {
            viewModel.allowTraining();
            view.factories.put(Section.TRAINING, screen);
        });
        view.root = Layouts.load(layouts, "Main", view);
        view.alarmBannerHolder.getChildren().setAll(ctx.alarmBanner().apply(viewModel.session()));
        // Set here rather than bound in Main.fxml: Run was everyone's when the layout was written, and a site's layout may predate this.
        boolean run = viewModel.allowed(Section.PRESS);
        view.pressButton.setVisible(run);
        view.pressButton.setManaged(run);
        view.showForwarding(ctx.forwarding());
        view.foldStationKeeping();
        view.root = view.withMoreMenu(view.root);
        viewModel.sectionProperty().addListener((obs, old, now) -> view.show(now));
        view.show(viewModel.getSection());
        return view;
    }

    /**
     * The central forwarding line: the forwarder's backlog read once a second on the FX thread (a volatile
     * read, never the database), while this frame is in a scene.
     */
    private void showForwarding(ForwardingStatus status) {
        forwardingLine.textProperty().bind(forwarding.textProperty());
        forwardingLine.visibleProperty().bind(forwarding.shownProperty());
        forwardingLine.managedProperty().bind(forwarding.shownProperty());
        forwarding.abnormalProperty().addListener((obs, was, now) -> forwardingLine.pseudoClassStateChanged(ABNORMAL, now));
        forwarding.refresh(status.backlog());
        if (status == ForwardingStatus.NONE) {
            return;
        }
        Timeline poll = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> forwarding.refresh(status.backlog())));
        poll.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
        poll.play();
    }

    public ForwardingViewModel getForwarding() {
        return forwarding;
    }

    private void show(Section section) {
        Node node = made.computeIfAbsent(section, s -> new FitPane(factories.get(s).get()));
        body.getChildren().setAll(node);
        pressButton.pseudoClassStateChanged(SELECTED, section == Section.PRESS);
        recipesButton.pseudoClassStateChanged(SELECTED, section == Section.RECIPES);
        recordsButton.pseudoClassStateChanged(SELECTED, section == Section.RECORDS);
        auditButton.pseudoClassStateChanged(SELECTED, section == Section.AUDIT_TRAIL);
        usersButton.pseudoClassStateChanged(SELECTED, section == Section.USERS);
        diesButton.pseudoClassStateChanged(SELECTED, section == Section.DIES);
        calibrationButton.pseudoClassStateChanged(SELECTED, section == Section.CALIBRATION);
        alarmsButton.pseudoClassStateChanged(SELECTED, section == Section.ALARMS);
        trainingButton.pseudoClassStateChanged(SELECTED, section == Section.TRAINING);
        moreButton.pseudoClassStateChanged(SELECTED, viewModel.folded(section));
    }

    /**
     * Someone with many jobs has more sections than a 1280 px bar holds at glove size: the station-keeping ones
     * then move, as the same buttons, into the menu under "More" (the buttons keep their ids and actions).
     */
    private void foldStationKeeping() {
        boolean folds = viewModel.isFolding();
        moreButton.setVisible(folds);
        moreButton.setManaged(folds);
        if (folds) {
            List<Button> keeping = List.of(auditButton, usersButton, diesButton, calibrationButton);
            topBar.getChildren().removeAll(keeping);
            moreMenu.getChildren().setAll(keeping);
        }
        if (viewModel.allowed(Section.TRAINING)) {
            trainingButton.setId("trainingButton");
            trainingButton.setFocusTraversable(false);
            trainingButton.getStyleClass().add("lp-nav-button");
            trainingButton.setOnAction(e -> viewModel.show(Section.TRAINING));
            moreMenu.getChildren().add(trainingButton);
        }
    }

    private Parent withMoreMenu(Parent frame) {
        moreMenu.setId("moreMenu");
        moreMenu.getStyleClass().add("lp-more-menu");
        moreMenu.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(moreMenu, Pos.TOP_LEFT);
        moreScrim.setId("moreScrim");
        moreScrim.getStyleClass().add("lp-more-scrim");
        moreScrim.visibleProperty().bind(viewModel.moreOpenProperty());
        moreScrim.setOnMousePressed(e -> {
            if (e.getTarget() == moreScrim) {
                viewModel.toggleMore(); // a tap beside the menu closes it, as a second tap on More does
            }
        });
        viewModel.moreOpenProperty().addListener((obs, was, open) -> placeMoreMenu());
        return new StackPane(frame, moreScrim);
    }

    /** Under the More button, wherever the bar put it. */
    private void placeMoreMenu() {
        Bounds more = moreScrim.sceneToLocal(moreButton.localToScene(moreButton.getLayoutBounds()));
        moreMenu.setTranslateX(Math.max(0, more.getMinX()));
        moreMenu.setTranslateY(more.getMaxY());
    }

    @FXML
    private void toggleMore() {
        viewModel.toggleMore();
    }

    @FXML
    private void showPress() {
        viewModel.show(Section.PRESS);
    }

    @FXML
    private void showRecipes() {
        viewModel.show(Section.RECIPES);
    }

    @FXML
    private void showRecords() {
        viewModel.show(Section.RECORDS);
    }

    @FXML
    private void showAuditTrail() {
        viewModel.show(Section.AUDIT_TRAIL);
    }

    @FXML
    private void showUsers() {
        viewModel.show(Section.USERS);
    }

    @FXML
    private void showDies() {
        viewModel.show(Section.DIES);
    }

    @FXML
    private void showCalibration() {
        viewModel.show(Section.CALIBRATION);
    }

    @FXML
    private void showAlarms() {
        viewModel.show(Section.ALARMS);
    }

    @FXML
    private void logout() {
        viewModel.logout();
    }

    @FXML
    private void exit() {
        viewModel.exit();
    }

    public MainViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

package org.layerpress.ui.recipe;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.RecipeDetailViewModel.Action;

/**
 * Controller of {@code RecipeDetail.fxml}: draws the step cards and signatures from the
 * {@link RecipeDetailViewModel}, opens the signature dialog for the signing actions and the reason
 * picker for a new version, and moves to the editor or the comparison.
 */
public final class RecipeDetailView {

    private final RecipeDetailViewModel viewModel;
    private final RecipeNavigation navigation;
    private final Optional<Path> exportDir;
    private final LayoutLocator layouts;
    private Parent root;

    @FXML private HBox chipRow;
    @FXML private VBox recipeProblems;
    @FXML private VBox cards;
    @FXML private ScrollPane cardScroll;
    @FXML private Button export;

    private RecipeDetailView(LayoutLocator layouts, RecipeDetailViewModel viewModel, RecipeNavigation navigation, Optional<Path> exportDir) {
        this.layouts = layouts;
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.navigation = navigation;
        this.exportDir = exportDir;
    }

    static RecipeDetailView load(LayoutLocator layouts, RecipeDetailViewModel viewModel, RecipeNavigation navigation, Optional<Path> exportDir) {
        RecipeDetailView view = new RecipeDetailView(layouts, viewModel, navigation, exportDir);
        view.root = Layouts.load(layouts, "RecipeDetail", view);
        return view;
    }

    @FXML
    private void initialize() {
        export.setVisible(exportDir.isPresent());
        export.setManaged(exportDir.isPresent());
        viewModel.versionProperty().addListener((obs, was, now) -> showChip(now));
        ListChangeListener<Object> redraw = c -> drawCards();
        viewModel.steps().addListener(redraw);
        viewModel.signatures().addListener(redraw);
        viewModel.recipeProblems().addListener((ListChangeListener<String>) c -> {
            recipeProblems.getChildren().setAll(viewModel.recipeProblems().stream().map(RecipeNodes::problem).toList());
        });
    }

    private void showChip(RecipeVersion v) {
        chipRow.getChildren().removeIf(n -> n.getStyleClass().contains("lp-status-chip"));
        if (v != null) {
            Label chip = RecipeNodes.statusChip(v.status());
            chip.setId("statusChip");
            chipRow.getChildren().add(0, chip);
        }
    }

    private void drawCards() {
        cards.getChildren().clear();
        RecipeVersion v = viewModel.getVersion();
        if (viewModel.isPublicationShown()) {
            Label line = new Label(viewModel.getPublication());
            line.setId("publication");
            cards.getChildren().add(card(Words.get("recipe.publish.caption"), line));
        }
        if (v != null && !v.definition().purpose().isBlank()) {
            cards.getChildren().add(card(Words.get("recipe.detail.purpose"), new Label(v.definition().purpose())));
        }
        for (StepRow row : viewModel.steps()) {
            cards.getChildren().add(stepCard(row));
        }
        VBox sigs = new VBox();
        sigs.getStyleClass().add("lp-signature-list");
        for (String s : viewModel.signatures()) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("lp-signature");
            sigs.getChildren().add(l);
        }
        VBox sigCard = card(Words.get("recipe.detail.signatures"), sigs);
        sigCard.setId("signatures");
        cards.getChildren().add(sigCard);
        cardScroll.setVvalue(0);
    }

    private static VBox card(String caption, javafx.scene.Node body) {
        Label c = new Label(caption);
        c.getStyleClass().add("lp-caption");
        if (body instanceof Label l) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(c, body);
        box.getStyleClass().addAll("lp-panel", "lp-card");
        return box;
    }

    /** "5  PRESS  Press the electrolyte", its settings, the forces beside the limits, then any problems. */
    private static VBox stepCard(StepRow row) {
        Label number = new Label(Integer.toString(row.number()));
        number.getStyleClass().add("lp-step-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label kind = new Label(row.kind());
        kind.getStyleClass().add("lp-step-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(row.title());
        title.getStyleClass().add("lp-step-title");
        title.setMinWidth(0);
        HBox head = new HBox(number, kind, title);
        head.getStyleClass().add("lp-step-head");
        VBox box = new VBox(head);
        box.getStyleClass().addAll("lp-panel", "lp-card", "lp-step-card");
        box.setId("step" + row.number());
        if (!row.settings().isEmpty()) {
            box.getChildren().add(wrapped(row.settings(), "lp-step-settings"));
        }
        row.forces().ifPresent(f -> {
            Label force = wrapped(Words.format("recipe.detail.force", row.forcesText()), "lp-step-force");
            force.setId("force" + row.number());
            Label limits = wrapped(row.limitsText(), "lp-step-limits");
            limits.setId("limits" + row.number());
            box.getChildren().addAll(force, limits);
        });
        for (String v : row.violations()) {
            box.getChildren().add(RecipeNodes.problem(v));
        }
        return box;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }


    @FXML
    private void back() {
        navigation.showList();
    }

    @FXML
    private void edit() {
        if (viewModel.getVersion() != null) {
            navigation.openEditor(viewModel.getVersion().id());
        }
    }

    @FXML
    private void submit() {
        sign(Action.SUBMIT);
    }

    @FXML
    private void approve() {
        sign(Action.APPROVE);
    }

    @FXML
    private void reject() {
        sign(Action.REJECT);
    }

    @FXML
    private void retire() {
        sign(Action.RETIRE);
    }

    private void sign(Action action) {
        SignatureDialogViewModel dialog = new SignatureDialogViewModel(viewModel.signing(action), viewModel.session(),
                (input, onSigned, onRefused) -> viewModel.sign(action, input, onSigned, onRefused));
        SignatureDialogView.show(layouts, host(), dialog);
    }

    @FXML
    private void publish() {
        sign(Action.PUBLISH);
    }

    @FXML
    private void newVersion() {
        TapPicker.pickReason(host(), Words.get("recipe.detail.whyNewVersion"), viewModel.newVersionReason(),
                () -> viewModel.newVersion(created -> navigation.openEditor(created.id())));
    }

    @FXML
    private void pickVersion() {
        java.util.List<RecipeVersion> all = viewModel.versions();
        RecipeVersion shown = viewModel.getVersion();
        TapPicker.pick(host(), Words.get("recipe.detail.openVersion"), all.stream().map(RecipeDiffViewModel::choice).toList(),
                shown == null ? "" : RecipeDiffViewModel.choice(shown),
                choice -> all.stream().filter(v -> RecipeDiffViewModel.choice(v).equals(choice)).findFirst()
                        .ifPresent(v -> navigation.openDetail(v.id())));
    }

    @FXML
    private void compare() {
        RecipeVersion v = viewModel.getVersion();
        if (v != null) {
            navigation.openDiff(v.recipeId(), v.id());
        }
    }

    @FXML
    private void export() {
        exportDir.ifPresent(viewModel::exportYaml);
    }

    @FXML
    private void pageUp() {
        RecipeNodes.page(cardScroll, -1);
    }

    @FXML
    private void pageDown() {
        RecipeNodes.page(cardScroll, +1);
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public RecipeDetailViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

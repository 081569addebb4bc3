package org.layerpress.ui.recipe;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.StationServices;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code Recipes.fxml} and the recipe pages' navigation: the list, then a recipe's
 * detail, its editor or a comparison of versions, each replacing the page in this one area.
 */
public final class RecipesView implements RecipeNavigation {

    private final LayoutLocator layouts;
    private final RecipeServices recipes;
    private final Session session;
    private final UseCaseRunner runner;
    private final Optional<Path> exportDir;
    private final RecipesViewModel viewModel;
    private StackPane root;
    private Node page;

    @FXML private BorderPane listPage;
    @FXML private ListView<RecipeRow> recipeList;
    @FXML private Button listUp;
    @FXML private Button listDown;
    @FXML private Button importButton;

    private RecipesView(LayoutLocator layouts, RecipeServices recipes, Session session, UseCaseRunner runner, Optional<Path> exportDir) {
        this.layouts = layouts;
        this.recipes = Objects.requireNonNull(recipes, "recipes");
        this.session = session;
        this.runner = runner;
        this.exportDir = exportDir;
        this.viewModel = new RecipesViewModel(recipes, session, runner);
    }

    /** The recipe screens for the main frame to host (a 1280×700 content area); no export button. */
    public static Parent create(LayoutLocator layouts, StationServices station, RecipeServices recipes, Session session) {
        return create(layouts, station, recipes, session, Optional.empty());
    }

    /** As above; with a folder, a recipe's page offers Export, writing {@code <folder>/<name> v<N>.yaml}. */
    public static Parent create(LayoutLocator layouts, StationServices station, RecipeServices recipes, Session session,
                                Optional<Path> exportDir) {
        return load(layouts, recipes, session, UseCaseRunner.fx(), exportDir).root();
    }

    /** Loads the list and starts reading it; FX thread. */
    public static RecipesView load(LayoutLocator layouts, RecipeServices recipes, Session session, UseCaseRunner runner, Optional<Path> exportDir) {
        RecipesView view = new RecipesView(layouts, recipes, session, runner, exportDir);
        view.root = (StackPane) Layouts.load(layouts, "Recipes", view);
        view.page = view.listPage;
        view.viewModel.load();
        return view;
    }

    @FXML
    private void initialize() {
        recipeList.setItems(viewModel.rows());
        recipeList.setCellFactory(l -> new RecipeCell());
        PageScroller.attach(recipeList, listUp, listDown);
        boolean canImport = importDir().isPresent() && viewModel.mayImport();
        importButton.setVisible(canImport);
        importButton.setManaged(canImport);
    }

    /** Files to import are copied into {@code <data>/imports}, beside the exports folder. */
    private Optional<Path> importDir() {
        return exportDir.map(d -> d.resolveSibling("imports"));
    }

    @FXML
    private void importRecipe() {
        Path dir = importDir().orElseThrow();
        java.util.List<String> files = RecipesViewModel.importChoices(dir);
        if (files.isEmpty()) {
            org.layerpress.ui.controls.TapPicker.inform(root, Words.get("recipe.import.title"), Words.format("recipe.import.noFiles", dir.toString()));
            return;
        }
        org.layerpress.ui.controls.TapPicker.pick(root, Words.get("recipe.import.which"), files, null, name -> viewModel.importFile(dir.resolve(name)));
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    private void showPage(Node next) {
        root.getChildren().setAll(next);
        page = next;
    }

    @Override
    public void showList() {
        showPage(listPage);
        viewModel.load();
    }

    @Override
    public void openDetail(long versionId) {
        RecipeDetailViewModel vm = new RecipeDetailViewModel(recipes, session, runner);
        showPage(RecipeDetailView.load(layouts, vm, this, exportDir).root());
        vm.load(versionId);
    }

    @Override
    public void openEditor(long versionId) {
        RecipeEditorViewModel vm = new RecipeEditorViewModel(recipes, session, runner);
        showPage(RecipeEditorView.load(layouts, vm, this).root());
        vm.load(versionId);
    }

    @Override
    public void openDiff(long recipeId, long versionId) {
        RecipeDiffViewModel vm = new RecipeDiffViewModel(recipes, session, runner);
        showPage(RecipeDiffView.load(layouts, vm, this, versionId).root());
        vm.load(recipeId, versionId);
    }

    /** Name and summary; version; the status chip. A tap anywhere on the row opens it. */
    private final class RecipeCell extends ListCell<RecipeRow> {
        RecipeCell() {
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    openDetail(getItem().versionId());
                }
            });
        }

        @Override
        protected void updateItem(RecipeRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("lp-recipe-name");
            name.setMinWidth(0);
            Label summary = new Label(item.summary());
            summary.getStyleClass().add("lp-dim-text");
            summary.setMinWidth(0);
            VBox text = new VBox(name, summary);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label version = new Label(item.versionText());
            version.getStyleClass().add("lp-recipe-version");
            version.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(text, version, RecipeNodes.statusChip(item.status()));
            row.getStyleClass().add("lp-recipe-row");
            setText(null);
            setGraphic(row);
        }
    }

    public RecipesViewModel getViewModel() {
        return viewModel;
    }

    /** The page shown now (the list, a detail, the editor or a comparison). */
    public Node page() {
        return page;
    }

    public Parent root() {
        return root;
    }
}

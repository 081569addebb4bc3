package org.layerpress.ui.recipe;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code RecipeEditor.fxml}: builds the step tiles and the steppers (− value +, a tap
 * on the value opens a number pad), asks the reason on Save, and passes every tap to the
 * {@link RecipeEditorViewModel}. Ids: {@code tile5}, {@code targetMinus}, {@code targetValue},
 * {@code targetPlus} (likewise ramp, hold, band, decay, mass, tolerance, max_o2, max_h2o); {@code addLimits} and
 * {@code clearLimits} on a CHECK step.
 */
public final class RecipeEditorView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** Rows of tiles that fit the panel's height above the buttons. */
    private static final int TILE_ROWS = 4;
    /** The style class of two wider tiles a row, for languages whose step names do not fit a third of the column. */
    private static final String TWO_COLUMNS = "lp-step-tiles-two";

    private final RecipeEditorViewModel viewModel;
    private final RecipeNavigation navigation;
    private Parent root;
    private int tilePage;
    /** The selected step the tile page last followed. */
    private int pagedTo = -1;

    @FXML private TilePane stepTiles;
    @FXML private GridPane pressFields;
    @FXML private GridPane loadFields;
    @FXML private GridPane atmosphereFields;
    @FXML private Button addLimits;
    @FXML private Button clearLimits;
    @FXML private Label dieLimit;
    @FXML private Label pressLimit;
    @FXML private Label stepNote;
    @FXML private Label changesText;
    @FXML private VBox stepProblems;

    private RecipeEditorView(RecipeEditorViewModel viewModel, RecipeNavigation navigation) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.navigation = navigation;
    }

    static RecipeEditorView load(LayoutLocator layouts, RecipeEditorViewModel viewModel, RecipeNavigation navigation) {
        RecipeEditorView view = new RecipeEditorView(viewModel, navigation);
        view.root = Layouts.load(layouts, "RecipeEditor", view);
        return view;
    }

    @FXML
    private void initialize() {
        addStepper(pressFields, StepField.TARGET, 0, 0);
        addStepper(pressFields, StepField.RAMP, 1, 0);
        addStepper(pressFields, StepField.HOLD, 0, 1);
        addStepper(pressFields, StepField.BAND, 1, 1);
        addStepper(pressFields, StepField.DECAY, 0, 2);
        addStepper(loadFields, StepField.MASS, 0, 0);
        addStepper(loadFields, StepField.TOLERANCE, 1, 0);
        addStepper(atmosphereFields, StepField.MAX_O2, 0, 0);
        addStepper(atmosphereFields, StepField.MAX_H2O, 1, 0);
        addLimits.disableProperty().bind(viewModel.editableProperty().not());
        clearLimits.disableProperty().bind(viewModel.editableProperty().not());
        viewModel.tiles().addListener((ListChangeListener<StepTile>) c -> drawTiles());
        viewModel.selectedProperty().addListener((obs, was, now) -> drawTiles());
        viewModel.getStep().stepProblems().addListener((ListChangeListener<String>) c -> stepProblems.getChildren().setAll(
                viewModel.getStep().stepProblems().stream().map(RecipeNodes::problem).toList()));
        // No gap for an empty problem list.
        stepProblems.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(stepProblems.getChildren()));
        RecipeNodes.warnWhen(dieLimit, viewModel.getStep().dieLimitSeverityProperty());
        RecipeNodes.warnWhen(pressLimit, viewModel.getStep().pressLimitSeverityProperty());
        stepNote.visibleProperty().bind(stepNote.textProperty().isNotEmpty());
        stepNote.managedProperty().bind(stepNote.visibleProperty());
        // "No unsaved changes." gives way to a message (e.g. what Save did): the PRESS page has no line to spare.
        changesText.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.isDirty() || !viewModel.getMessage().shown(), viewModel.dirtyProperty(), viewModel.messageProperty()));
        changesText.managedProperty().bind(changesText.visibleProperty());
    }

    /** [−] [caption / value] [+]; the value is a button that opens the number pad. */
    private void addStepper(GridPane grid, StepField field, int column, int row) {
        String id = field.name().toLowerCase(Locale.ROOT);
        Button minus = new Button("−");
        minus.setId(id + "Minus");
        minus.setOnAction(e -> viewModel.decrement(field));
        Button plus = new Button("+");
        plus.setId(id + "Plus");
        plus.setOnAction(e -> viewModel.increment(field));
        Label caption = new Label(field.caption());
        caption.getStyleClass().add("lp-stepper-caption");
        Label value = new Label();
        value.setId(id + "ValueText");
        value.getStyleClass().add("lp-stepper-number");
        value.textProperty().bind(viewModel.getStep().valueProperty(field));
        VBox face = new VBox(caption, value);
        face.getStyleClass().add("lp-stepper-face");
        face.setMouseTransparent(true);
        Button valueButton = new Button();
        valueButton.setId(id + "Value");
        valueButton.setGraphic(face);
        valueButton.getStyleClass().add("lp-stepper-value-button");
        valueButton.setOnAction(e -> NumberPad.showOverlay(host(), field.caption() + " (" + field.unit() + ")", field.unit(),
                v -> viewModel.set(field, v)));
        for (Button b : List.of(minus, valueButton, plus)) {
            b.setFocusTraversable(false);
            b.disableProperty().bind(viewModel.editableProperty().not());
        }
        HBox stepper = new HBox(minus, valueButton, plus);
        stepper.getStyleClass().addAll("lp-button-row", "lp-stepper", "lp-recipe-stepper");
        grid.add(stepper, column, row);
    }

    /**
     * Tiles per page: 3 columns × 4 rows, or 2 wider columns where the language says so
     * ({@code recipe.editor.tileColumns}: German step names such as "Sichtprüfung" are wider than a
     * third of the column); a longer recipe pages by two tiles of the page.
     */
    private static int tileColumns() {
        return "2".equals(Words.get("recipe.editor.tileColumns").trim()) ? 2 : 3;
    }

    private void drawTiles() {
        List<StepTile> tiles = viewModel.tiles();
        int columns = tileColumns();
        if (columns == 2 && !stepTiles.getStyleClass().contains(TWO_COLUMNS)) {
            stepTiles.getStyleClass().add(TWO_COLUMNS);
        }
        int onePage = columns * TILE_ROWS;
        int perPage = tiles.size() <= onePage ? onePage : onePage - 2;
        int pages = (tiles.size() + perPage - 1) / perPage;
        int selected = viewModel.selectedProperty().get();
        // Follow a newly selected step to its page; a tap on ▲ or ▼ keeps the page it chose.
        if (selected >= 0 && tiles.size() > onePage && selected != pagedTo) {
            tilePage = selected / perPage;
        }
        pagedTo = selected;
        tilePage = Math.max(0, Math.min(tilePage, pages - 1));
        stepTiles.getChildren().clear();
        for (int i = tilePage * perPage; i < Math.min(tiles.size(), (tilePage + 1) * perPage); i++) {
            stepTiles.getChildren().add(tile(tiles.get(i), i == selected));
        }
        if (tiles.size() > onePage) {
            Button up = new Button("▲");
            up.setId("tilesUp");
            up.setDisable(tilePage == 0);
            up.setOnAction(e -> {
                tilePage--;
                drawTiles();
            });
            Button down = new Button("▼");
            down.setId("tilesDown");
            down.setDisable(tilePage >= pages - 1);
            down.setOnAction(e -> {
                tilePage++;
                drawTiles();
            });
            for (Button b : List.of(up, down)) {
                b.getStyleClass().add("lp-step-tile");
                b.setFocusTraversable(false);
            }
            stepTiles.getChildren().addAll(up, down);
        }
    }

    /** "5 / PRESS", a pencil when changed; steps without values to set are shown but not tappable. */
    private Node tile(StepTile t, boolean current) {
        String text = t.number() + (t.changed() ? " ✎" : "") + "\n" + t.kind().replace(' ', '\n');
        if (!t.editable()) {
            Label l = new Label(text);
            l.setId("tile" + t.number());
            l.getStyleClass().addAll("lp-step-tile", "lp-step-tile-fixed");
            l.pseudoClassStateChanged(CURRENT, current);
            l.setOnMouseClicked(e -> viewModel.selectStep(t.number()));
            return l;
        }
        Button b = new Button(text);
        b.setId("tile" + t.number());
        b.getStyleClass().add("lp-step-tile");
        b.setFocusTraversable(false);
        b.pseudoClassStateChanged(CURRENT, current);
        b.setOnAction(e -> viewModel.selectStep(t.number()));
        return b;
    }


    @FXML
    private void back() {
        if (viewModel.isDirty()) {
            // English choices (their tiles are translated as pick.*); the answer is compared, never stored.
            String leave = "Leave, drop the changes";
            TapPicker.pick(host(), Words.get("recipe.editor.unsavedTitle"), List.of("Stay and save", leave), "", choice -> {
                if (leave.equals(choice)) {
                    leave();
                }
            });
        } else {
            leave();
        }
    }

    private void leave() {
        if (viewModel.getStored() != null) {
            navigation.openDetail(viewModel.getStored().id());
        } else {
            navigation.showList();
        }
    }

    @FXML
    private void addAtmosphereLimits() {
        viewModel.addAtmosphereLimits();
    }

    @FXML
    private void clearAtmosphereLimits() {
        viewModel.clearAtmosphereLimits();
    }

    @FXML
    private void revert() {
        viewModel.revert();
    }

    @FXML
    private void save() {
        if (!viewModel.isDirty()) {
            viewModel.save();
            return;
        }
        TapPicker.pickReason(host(), Words.get("recipe.editor.whyChange"), viewModel.saveReason(), viewModel::save);
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public RecipeEditorViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

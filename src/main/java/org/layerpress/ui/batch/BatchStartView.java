package org.layerpress.ui.batch;

import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;

/**
 * Controller of {@code BatchStart.fxml}: interrupted batches first (Resume / Abort), the approved
 * recipes as tiles ({@code recipe-<versionId>}), the bench's dies as tiles ({@code die-<id>}, or
 * scan one) and Start ({@code startBatch}).
 */
public final class BatchStartView {

    private final BatchStartViewModel viewModel;
    private final StackPane host;
    private Parent root;

    @FXML private VBox interruptedBox;
    @FXML private VBox interruptedRows;
    @FXML private TilePane recipeTiles;
    private static final PseudoClass NEAR_RATED = PseudoClass.getPseudoClass("near-rated");

    @FXML private HBox dieTiles;
    @FXML private Label dieTitle;
    @FXML private Button startBatch;

    private BatchStartView(BatchStartViewModel viewModel, StackPane host) {
        this.viewModel = viewModel;
        this.host = host;
    }

    public static BatchStartView load(LayoutLocator layouts, BatchStartViewModel viewModel, StackPane host) {
        BatchStartView view = new BatchStartView(viewModel, host);
        view.root = Layouts.load(layouts, "BatchStart", view);
        return view;
    }

    @FXML
    private void initialize() {
        viewModel.tiles().addListener((javafx.collections.ListChangeListener<RecipeTile>) c -> showRecipes());
        viewModel.interrupted().addListener((javafx.collections.ListChangeListener<BatchRun>) c -> showInterrupted());
        viewModel.recipeProperty().addListener((o, was, now) -> showRecipes());
        viewModel.dieIdProperty().addListener((o, was, now) -> showDies());
        viewModel.recipeProperty().addListener((o, was, now) -> showDies());
        startBatch.disableProperty().bind(viewModel.startableProperty().not());
        dieTitle.textProperty().bind(viewModel.dieTitleProperty());
        dieTiles.visibleProperty().bind(viewModel.dieNeededProperty());
        dieTiles.managedProperty().bind(dieTiles.visibleProperty());
        showRecipes();
        showInterrupted();
        showDies();
    }

    private void showRecipes() {
        recipeTiles.getChildren().clear();
        for (RecipeTile tile : viewModel.tiles()) {
            // Text, not a graphic: a tile has one fixed size (the theme's), and long names wrap inside it.
            ToggleButton b = new ToggleButton(tile.name() + "\n" + tile.details());
            b.setWrapText(true);
            b.setId("recipe-" + tile.versionId());
            b.getStyleClass().add("lp-recipe-tile");
            b.setFocusTraversable(false);
            b.setSelected(viewModel.getRecipe() != null && viewModel.getRecipe().versionId() == tile.versionId());
            b.setOnAction(e -> viewModel.pickRecipe(tile));
            recipeTiles.getChildren().add(b);
        }
    }

    private void showDies() {
        dieTiles.getChildren().clear();
        if (viewModel.diesBehindOneKey()) {
            dieTiles.getChildren().add(dieKey(viewModel.dieTiles()));
            return;
        }
        for (DieTileWords die : viewModel.dieTiles()) {
            ToggleButton b = new ToggleButton(die.text());
            // Near rated cycles: the mark and words are in the text; the style only adds the abnormal frame.
            b.pseudoClassStateChanged(NEAR_RATED, die.nearRatedCycles());
            b.setWrapText(true);
            b.setId("die-" + die.id());
            b.getStyleClass().add("lp-die-tile");
            b.setFocusTraversable(false);
            b.setSelected(die.id().equals(viewModel.getDieId()));
            b.setOnAction(e -> {
                viewModel.pickDie(die.id());
                showDies();
            });
            dieTiles.getChildren().add(b);
        }
    }

    /** One die key for many dies: it says the chosen die (or how many fit) and opens them all as a tap list. */
    private ToggleButton dieKey(List<DieTileWords> fitting) {
        Optional<DieTileWords> chosen = fitting.stream().filter(d -> d.id().equals(viewModel.getDieId())).findFirst();
        ToggleButton b = new ToggleButton(chosen.map(DieTileWords::text).orElse(Words.format("run.die.choose", String.valueOf(fitting.size()))));
        b.pseudoClassStateChanged(NEAR_RATED, chosen.map(DieTileWords::nearRatedCycles).orElse(false));
        b.setWrapText(true);
        b.setId("dieChoose");
        b.getStyleClass().add("lp-die-tile");
        b.setFocusTraversable(false);
        b.setSelected(chosen.isPresent());
        List<String> texts = fitting.stream().map(DieTileWords::text).toList();
        b.setOnAction(e -> {
            b.setSelected(chosen.isPresent());
            TapPicker.pick(host, Words.get("run.dieTitle"), texts, chosen.map(DieTileWords::text).orElse(null),
                    text -> viewModel.pickDie(fitting.get(texts.indexOf(text)).id()));
        });
        return b;
    }

    private void showInterrupted() {
        interruptedRows.getChildren().clear();
        boolean any = !viewModel.interrupted().isEmpty();
        interruptedBox.setVisible(any);
        interruptedBox.setManaged(any);
        for (BatchRun run : viewModel.interrupted()) {
            Label what = new Label(run.batchId() + "  " + run.recipeLabel() + "\n"
                    + run.currentStep().map(s -> Words.format("run.stoppedAt", String.valueOf(s.number()), String.valueOf(run.steps().size()), s.step().title()))
                            .orElse(Words.get("run.allStepsDone")));
            what.setWrapText(true);
            what.setMinWidth(0);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            Button resume = new Button(Words.get("run.resume"));
            resume.setId("resume-" + run.batchId());
            resume.setOnAction(e -> viewModel.resume(run.batchId()));
            Button abort = new Button(Words.get("run.abort"));
            abort.setId("abort-" + run.batchId());
            abort.setOnAction(e -> AbortFlow.ask(host, run.batchId(), reason -> viewModel.abort(run.batchId(), reason)));
            resume.setMinWidth(Region.USE_PREF_SIZE);
            abort.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(what, resume, abort);
            row.getStyleClass().add("lp-interrupted-row");
            interruptedRows.getChildren().add(row);
        }
    }

    @FXML
    private void correct() {
        viewModel.openCorrection(host);
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    public BatchStartViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}

package org.layerpress.ui.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.ui.fx.Words;

/**
 * No batch open: interrupted batches first (resume or abort each), then the APPROVED recipes as
 * tiles and the die, scanned or tapped. Start is enabled once both are chosen; a vessel recipe
 * asks for no die (its sample is bagged), so the recipe alone enables Start.
 */
public final class BatchStartViewModel {

    /** Die tiles shown side by side in the die row; more go behind one key (a third crowds out Start). */
    public static final int INLINE_DIES = 2;

    private final BatchCalls calls;
    private final RecipeQueryUseCase recipes;
    private final List<RegisteredDie> dies;
    private final ObservableList<RecipeTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<BatchRun> interrupted = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RecipeTile> recipe = new ReadOnlyObjectWrapper<>(this, "recipe");
    private final ReadOnlyStringWrapper dieId = new ReadOnlyStringWrapper(this, "dieId", "");
    private final ReadOnlyStringWrapper listMessage = new ReadOnlyStringWrapper(this, "listMessage", "");
    private java.util.function.Consumer<String> warn = w -> { };
    /** Lays the "correct a finished batch" screen over the Run area; absent where the station offers none. */
    private java.util.Optional<java.util.function.Consumer<javafx.scene.layout.StackPane>> correction = java.util.Optional.empty();

    public BatchStartViewModel(BatchCalls calls, RecipeQueryUseCase recipes, List<RegisteredDie> dies) {
        this.calls = calls;
        this.recipes = recipes;
        this.dies = List.copyOf(dies);
    }

    void onWarning(java.util.function.Consumer<String> sink) {
        this.warn = sink;
    }

    /** Reads the interrupted batches and the runnable recipes (off the FX thread). */
    public void load() {
        calls.query(s -> new Lists(s.recoverInterrupted(), recipes.runnable(calls.session()).stream().map(RecipeTile::of)
                .sorted(Comparator.comparing(RecipeTile::name).thenComparing(RecipeTile::version)).toList()), lists -> {
            interrupted.setAll(lists.interrupted());
            tiles.setAll(lists.tiles());
            if (recipe.get() != null && tiles.stream().noneMatch(t -> t.versionId() == recipe.get().versionId())) {
                recipe.set(null);
            }
            if (recipe.get() == null && tiles.size() == 1) {
                recipe.set(tiles.get(0));
            }
            if (dieId.get().isEmpty() && dies.size() == 1) {
                dieId.set(dies.get(0).id());
            }
            listMessage.set(tiles.isEmpty() ? Words.get("run.noRecipe") : "");
        });
    }

    private record Lists(List<BatchRun> interrupted, List<RecipeTile> tiles) {
    }

    /** Picks the recipe; a die already chosen of another bore is let go, and the only die of its bore is chosen. */
    public void pickRecipe(RecipeTile tile) {
        recipe.set(tile);
        List<DieTileWords> fitting = dieTiles();
        if (fitting.stream().noneMatch(d -> d.id().equals(dieId.get()))) {
            dieId.set(fitting.size() == 1 && !tile.vessel() ? fitting.get(0).id() : "");
        }
    }

    /** A tapped die tile or a scanned die code; an unknown code is refused in words. */
    public void pickDie(String code) {
        String c = code == null ? "" : code.strip();
        Optional<RegisteredDie> known = dies.stream().filter(d -> d.id().equals(c)).findFirst();
        if (known.isPresent()) {
            dieId.set(c);
        } else {
            warn.accept(Words.format("run.dieUnknown", c, String.join(", ", dieIds())));
        }
    }

    public List<String> dieIds() {
        return dies.stream().map(RegisteredDie::id).toList();
    }

    /** The IN_USE dies as their tiles say them: bore, rating, wear in words, a mark near rated cycles. */
    public List<DieTileWords> dieTiles() {
        RecipeTile r = recipe.get();
        return dies.stream().filter(d -> fits(d, r)).map(DieTileWords::of).toList();
    }

    /**
     * More dies than {@link #INLINE_DIES} fit the chosen recipe: the die row shows one key that opens them as a
     * tap list, because beside the correction key and Start a third die tile pushes the row off the page.
     */
    public boolean diesBehindOneKey() {
        return dieTiles().size() > INLINE_DIES;
    }

    /** Before a recipe is chosen every die is offered; after, only those of its bore (another bore is refused at start). */
    private static boolean fits(RegisteredDie die, RecipeTile recipe) {
        return recipe == null || recipe.vessel() || die.die().hasBore(recipe.boreMm());
    }

    /** Starts the picked recipe: in the picked die, or without one for a vessel recipe (the die picked for another recipe is not sent). */
    public void start() {
        RecipeTile r = recipe.get();
        String die = dieId.get();
        if (r == null || (!r.vessel() && die.isEmpty())) {
            return;
        }
        StartBatchCommand command = r.vessel() ? StartBatchCommand.withoutDie(r.versionId()) : new StartBatchCommand(r.versionId(), die);
        calls.call(s -> s.start(calls.session(), command));
    }

    /** Whether the page asks for a die: not for a vessel recipe, whose sample is bagged. */
    public BooleanBinding dieNeededProperty() {
        return Bindings.createBooleanBinding(() -> recipe.get() == null || !recipe.get().vessel(), recipe);
    }

    /** The die section's title: what to do, or why there is nothing to do. */
    public StringBinding dieTitleProperty() {
        return Bindings.createStringBinding(() -> recipe.get() != null && recipe.get().vessel()
                ? Words.get("run.dieTitleVessel") : Words.get("run.dieTitle"), recipe);
    }

    /** Takes up an interrupted batch; its screen then asks for the decision (repeat, continue, abort). */
    public void resume(String batchId) {
        calls.call(s -> s.openInterrupted(calls.session(), batchId));
    }

    /** Takes up an interrupted batch and aborts it with the reason, in one go. */
    public void abort(String batchId, String reason) {
        calls.call(s -> {
            s.openInterrupted(calls.session(), batchId);
            return s.abort(calls.session(), reason);
        });
    }

    /** Offers "Correct a finished batch…" on the start page; the screen is another package's (it reads the review use cases). */
    public void offerCorrection(java.util.function.Consumer<javafx.scene.layout.StackPane> opener) {
        this.correction = java.util.Optional.of(opener);
    }

    public boolean isCorrectionOffered() {
        return correction.isPresent();
    }

    /** Opens the correction screen over {@code host}, if offered. */
    public void openCorrection(javafx.scene.layout.StackPane host) {
        correction.ifPresent(open -> open.accept(host));
    }

    /** This station marks the batches it starts as training (fixed when the station was built). */
    public boolean isTraining() {
        return calls.trainingStation();
    }

    public BooleanBinding startableProperty() {
        return Bindings.createBooleanBinding(() -> recipe.get() != null && (recipe.get().vessel() || !dieId.get().isEmpty()), recipe, dieId)
                .and(calls.busyProperty().not());
    }

    public ObservableList<RecipeTile> tiles() {
        return tiles;
    }

    public ObservableList<BatchRun> interrupted() {
        return interrupted;
    }

    public ReadOnlyObjectProperty<RecipeTile> recipeProperty() {
        return recipe.getReadOnlyProperty();
    }

    public RecipeTile getRecipe() {
        return recipe.get();
    }

    public ReadOnlyStringProperty dieIdProperty() {
        return dieId.getReadOnlyProperty();
    }

    public String getDieId() {
        return dieId.get();
    }

    public ReadOnlyStringProperty listMessageProperty() {
        return listMessage.getReadOnlyProperty();
    }

    public String getListMessage() {
        return listMessage.get();
    }
}

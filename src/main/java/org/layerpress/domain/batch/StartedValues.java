package org.layerpress.domain.batch;

/**
 * The keys of a batch's STARTED event: the control recipe frozen into the batch, the physical die
 * and the press it ran on, and who started it. Numbers as {@link EvidenceNumbers#text} writes them.
 */
public final class StartedValues {

    /** The control recipe's full text; read back to replay the batch against the recipe it ran. */
    public static final String RECIPE_TEXT = "recipe.yaml";
    public static final String RECIPE_HASH = "recipe.hash";
    public static final String RECIPE_VERSION_ID = "recipe.versionId";
    public static final String RECIPE_LABEL = "recipe.label";
    public static final String DIE_ID = "die.id";
    public static final String DIE_BORE_MM = "die.bore.mm";
    public static final String DIE_RATING_KN = "die.rating.kN";
    /** The die registry's cycle count of the die when the batch started (docs/dies.md). */
    public static final String DIE_CYCLES = "die.cycles";
    /** The die's rated cycles when the registry has them; absent otherwise. */
    public static final String DIE_RATED_CYCLES = "die.ratedCycles";
    /**
     * Present instead of the die keys when the batch ran without a die, saying why; its one value so
     * far is {@link #NO_DIE_VESSEL} (an isostatic vessel recipe: the sample is bagged, docs/batch-record-format.md).
     */
    public static final String NO_DIE = "die.none";
    public static final String NO_DIE_VESSEL = "isostatic vessel";
    public static final String PRESS_MODEL = "press.model";
    public static final String PRESS_CAPACITY_KN = "press.capacity.kN";
    public static final String PRESS_ENDPOINT = "press.endpoint";
    public static final String OPERATOR = "operator";
    /**
     * "true" when the batch was run for training (a demo station or the simulated press), decided
     * at start and never changed; absent on a production batch.
     */
    public static final String TRAINING = "training";

    /** Whether a STARTED event's values mark the batch as training. */
    public static boolean training(java.util.Map<String, String> started) {
        return "true".equals(started.get(TRAINING));
    }

    private StartedValues() {
    }
}

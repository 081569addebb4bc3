package org.layerpress.application.batch;

import java.util.Locale;
import java.util.Optional;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.DieWear;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.recipe.RecipeDefinition;

/**
 * Whether a registered die may start a batch of a recipe, refused in words otherwise: the die must
 * be in the registry and IN_USE, below its rated cycles, and of the recipe's bore (docs/dies.md#batch-start).
 */
final class DieAtStart {

    /** Bores that differ by less than this are the same bore (the recipe and the registry both keep 0.01 mm). */
    private static final double SAME_BORE_MM = 0.005;

    private DieAtStart() {
    }

    static RegisteredDie require(String dieId, Optional<RegisteredDie> found, String recipeLabel, RecipeDefinition definition) {
        RegisteredDie die = found.orElseThrow(() -> new BatchRefusedException("die '" + dieId + "' is not in the die registry: "
                + "a Supervisor adds it under Dies"));
        if (die.status() != DieStatus.IN_USE) {
            throw new BatchRefusedException("die " + die.id() + " is " + die.status() + ": only a die IN_USE can start a batch");
        }
        if (die.wear() == DieWear.AT_RATED_CYCLES) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "die %s has %d cycles of its rated %d: it is worn to its rating; "
                    + "a Supervisor retires it or sends it for repair", die.id(), die.cycles(), die.ratedCycles().getAsLong()));
        }
        double bore = definition.die().bore().millimetres();
        double mounted = die.die().bore().millimetres();
        if (Math.abs(mounted - bore) > SAME_BORE_MM) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "die %s has a %.2f mm bore; %s needs %.2f mm",
                    die.id(), mounted, recipeLabel, bore));
        }
        return die;
    }
}

package org.layerpress.application.batch;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.DieWear;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.VesselRules;

/**
 * Whether a registered die may start a batch of a recipe, refused in words otherwise: the die must
 * be in the registry and IN_USE, below its rated cycles (here and over all stations as central last counted them), and of the
 * recipe's bore (docs/dies.md#batch-start).
 * An isostatic vessel recipe takes no die: its sample is bagged in the vessel, so no die is mounted,
 * recorded or worn by it.
 */
final class DieAtStart {

    private DieAtStart() {
    }

    /**
     * The die a batch of {@code definition} starts with: none for a vessel recipe (a die offered for
     * one is refused rather than recorded, as it would be a die the batch never used), the checked
     * registered die otherwise (refused when none was offered).
     */
    static Optional<RegisteredDie> forRecipe(Optional<String> dieId, Function<String, Optional<RegisteredDie>> registry,
                                             Function<String, OptionalLong> siteCycles, String recipeLabel, RecipeDefinition definition) {
        if (VesselRules.isVesselRecipe(definition)) {
            dieId.ifPresent(id -> {
                throw new BatchRefusedException(recipeLabel + " runs in the isostatic vessel with the sample bagged: it takes no die, "
                        + "so die '" + id + "' is not recorded; start it without a die");
            });
            return Optional.empty();
        }
        String id = dieId.orElseThrow(() -> new BatchRefusedException(recipeLabel + " presses in a die: scan or tap the mounted die before Start"));
        return Optional.of(require(id, registry.apply(id), siteCycles.apply(id), recipeLabel, definition));
    }

    /**
     * @param siteCycles the die's cycles over every station as of the last pull from central (empty without one): wear is
     *     judged on the larger of it and the die's own count, so a station offline keeps at least its own count
     */
    static RegisteredDie require(String dieId, Optional<RegisteredDie> found, OptionalLong siteCycles, String recipeLabel,
                                 RecipeDefinition definition) {
        RegisteredDie die = found.orElseThrow(() -> new BatchRefusedException("die '" + dieId + "' is not in the die registry: "
                + "a Supervisor adds it under Dies"));
        if (die.status() != DieStatus.IN_USE) {
            throw new BatchRefusedException("die " + die.id() + " is " + die.status() + ": only a die IN_USE can start a batch");
        }
        if (die.wear() == DieWear.AT_RATED_CYCLES) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "die %s has %d cycles of its rated %d: it is worn to its rating; "
                    + "a Supervisor retires it or sends it for repair", die.id(), die.cycles(), die.ratedCycles().getAsLong()));
        }
        long site = siteCycles.orElse(0);
        if (site > die.cycles() && DieWear.of(site, die.ratedCycles()) == DieWear.AT_RATED_CYCLES) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "die %s has %d cycles over all stations (%d here) of its rated %d: "
                    + "it is worn to its rating; a Supervisor retires it or sends it for repair", die.id(), site, die.cycles(),
                    die.ratedCycles().getAsLong()));
        }
        double bore = definition.die().bore().millimetres();
        double mounted = die.die().bore().millimetres();
        if (!die.die().hasBore(bore)) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "die %s has a %.2f mm bore; %s needs %.2f mm",
                    die.id(), mounted, recipeLabel, bore));
        }
        return die;
    }
}

package org.layerpress.application.batch;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputRefusedException;

/**
 * Start a batch of an APPROVED recipe version in the die with this (scanned or typed) id, or with
 * no die at all for an isostatic vessel recipe (its sample is bagged, not pressed in a die:
 * {@link #withoutDie}). Whether the recipe wants a die is judged at start, where the recipe is read.
 */
public record StartBatchCommand(long recipeVersionId, Optional<String> dieId) {

    public StartBatchCommand {
        Objects.requireNonNull(dieId, "dieId");
        dieId = dieId.map(StartBatchCommand::accepted);
    }

    /** Start in the die with this id. */
    public StartBatchCommand(long recipeVersionId, String dieId) {
        this(recipeVersionId, Optional.of(Objects.requireNonNull(dieId, "dieId")));
    }

    /** Start an isostatic vessel recipe, which has no die. */
    public static StartBatchCommand withoutDie(long recipeVersionId) {
        return new StartBatchCommand(recipeVersionId, Optional.empty());
    }

    /** The die id as kept (a scanner's Enter trimmed), or refused in words before any lookup. */
    private static String accepted(String dieId) {
        try {
            return InputLimits.DIE_ID.accept(dieId);
        } catch (InputRefusedException e) {
            throw new BatchRefusedException(e.getMessage());
        }
    }
}

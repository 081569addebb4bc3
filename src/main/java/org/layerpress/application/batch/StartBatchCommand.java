package org.layerpress.application.batch;

import java.util.Objects;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputRefusedException;

/** Start a batch of an APPROVED recipe version in the die with this (scanned or typed) id. */
public record StartBatchCommand(long recipeVersionId, String dieId) {

    public StartBatchCommand {
        Objects.requireNonNull(dieId, "dieId");
        dieId = accepted(dieId);
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

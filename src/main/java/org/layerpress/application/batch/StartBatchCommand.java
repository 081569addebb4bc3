package org.layerpress.application.batch;

import java.util.Objects;

/** Start a batch of an APPROVED recipe version in the die with this (scanned or typed) id. */
public record StartBatchCommand(long recipeVersionId, String dieId) {

    public StartBatchCommand {
        Objects.requireNonNull(dieId, "dieId");
        dieId = dieId.strip();
    }
}

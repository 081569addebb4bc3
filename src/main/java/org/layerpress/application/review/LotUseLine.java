package org.layerpress.application.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.batch.BatchState;

/**
 * One use of a powder lot in one batch, with what an inspector asks next (who, which recipe, what
 * became of the batch): one row of {@code export --lot}.
 *
 * @param recipeLabel the recipe's name and version as the batch recorded it ("name v3")
 * @param massMg the mass weighed, as the record's text has it
 * @param operatorName the operator's printed name, the login when the station does not know it
 * @param decision QA's decision, empty while not signed off
 */
public record LotUseLine(String batchId, Instant startedAt, String recipeLabel, LotUse use, String massMg, String operatorName,
                         BatchState state, Optional<QaDecision> decision, boolean training) {

    public LotUseLine {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(recipeLabel, "recipeLabel");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(massMg, "massMg");
        Objects.requireNonNull(operatorName, "operatorName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decision, "decision");
    }

    /** The recipe's name without the version suffix " vN". */
    public String recipeName() {
        int at = versionAt();
        return at < 0 ? recipeLabel : recipeLabel.substring(0, at);
    }

    /** The version number the label ends with, "" when it has none. */
    public String recipeVersion() {
        int at = versionAt();
        return at < 0 ? "" : recipeLabel.substring(at + 2);
    }

    private int versionAt() {
        int at = recipeLabel.lastIndexOf(" v");
        if (at < 0 || at + 2 >= recipeLabel.length()) {
            return -1;
        }
        return recipeLabel.substring(at + 2).chars().allMatch(Character::isDigit) ? at : -1;
    }
}

package org.layerpress.application.batch;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.calibration.CalibrationCheck;
import org.layerpress.domain.calibration.CalibrationEvidence;
import org.layerpress.domain.recipe.RecipeDefinition;

/**
 * The calibration part of a batch start: the instruments the recipe uses on this station
 * ({@link InstrumentsUsed}) checked against their calibration records, refused in words before any
 * batch row exists, or written into the STARTED event's values with any deviation the station's
 * setting allows (docs/calibration.md#batch-start).
 */
public final class CalibrationAtStart {

    private final CalibrationCheck check;

    public CalibrationAtStart(CalibrationCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * Checks, and returns what the STARTED event records; throws {@link BatchRefusedException} naming every instrument that refuses.
     *
     * @param balanceId the station's balance, if it weighs on one: a recipe that loads a layer uses it
     */
    Map<String, String> require(RecipeDefinition recipe, PressFit fit, Optional<String> balanceId) {
        CalibrationCheck.Outcome found = check.check(InstrumentsUsed.by(recipe, fit, balanceId));
        if (!found.refusals().isEmpty()) {
            throw new BatchRefusedException(String.join("; ", found.refusals()));
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        CalibrationEvidence.put(values, found.states());
        found.deviation().ifPresent(why -> values.put(CalibrationEvidence.DEVIATION, why));
        return values;
    }
}

package org.layerpress.application.batch;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.layerpress.application.press.LivePressState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * Keeps a warm-pressed pellet in the die until the platens have cooled: a RELEASE or EJECT after a
 * COOL is refused, in words, while either platen is above that COOL's limit or reads no temperature.
 * The COOL step itself ends only below its limit; this holds if something heats the platens again
 * before the pellet is out (a setpoint changed at the PLC's own panel).
 */
final class CoolGate {

    private final OpenBatch batch;
    private final LivePressState live;

    CoolGate(OpenBatch batch, LivePressState live) {
        this.batch = batch;
        this.live = live;
    }

    /** Refuses the RELEASE or EJECT {@code step} while the platens are above its cool limit (under the lock). */
    void require(StepRun step) {
        OptionalDouble limit = coolLimitBefore(batch.recipe().steps(), step.number());
        if (limit.isEmpty()) {
            return;
        }
        String action = step.step().kind() == StepKind.EJECT ? "eject" : "release";
        String below = EvidenceNumbers.text(limit.getAsDouble());
        List<String> unknown = PlatenReadings.unknown(live);
        if (!unknown.isEmpty()) {
            throw new BatchRefusedException("cannot " + action + " until both platens read at or below " + below + " °C: " + String.join("; ", unknown));
        }
        double top = PlatenReadings.top(live);
        double bottom = PlatenReadings.bottom(live);
        if (top > limit.getAsDouble() || bottom > limit.getAsDouble()) {
            throw new BatchRefusedException(String.format(Locale.ROOT,
                    "cannot %s: the platens are at %s °C (top) and %s °C (bottom), above the cool limit of %s °C; wait until both are at or below it",
                    action, EvidenceNumbers.trimmed(top, 1), EvidenceNumbers.trimmed(bottom, 1), below));
        }
    }

    /** The release-below temperature of a COOL between the last HEAT and step {@code number}; empty when there is none. */
    static OptionalDouble coolLimitBefore(List<RecipeStep> steps, int number) {
        for (int i = number - 2; i >= 0; i--) {
            if (steps.get(i) instanceof RecipeStep.Cool c) {
                return OptionalDouble.of(c.releaseBelow().celsius());
            }
            if (steps.get(i) instanceof RecipeStep.Heat) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }
}

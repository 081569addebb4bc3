package org.layerpress.application.review;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.StepResult;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.recipe.StepKind;

/**
 * One number per batch for comparing batches of a recipe (the cross-batch control chart): taken
 * from the batch's last step of the kind that records it, since the last press makes the pellet.
 * A batch that has none (aborted before it, or a density never measured) gives no value and is left
 * off the chart rather than drawn as zero.
 */
public enum BatchQuantity {
    PEAK_PRESSURE("Peak pressure", "MPa"),
    HOLD_DECAY("Hold decay", "%"),
    DENSITY("Density after release", "g/cm³"),
    SPRINGBACK("Springback", "mm");

    private final String label;
    private final String unit;

    BatchQuantity(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** This quantity of a replayed batch, if it recorded one. */
    public OptionalDouble of(BatchRun run) {
        return switch (this) {
            case PEAK_PRESSURE -> last(run, StepKind.PRESS).flatMap(s -> StepResultCodec.pressed(s.values()))
                    .map(p -> OptionalDouble.of(p.peakMegaPascals())).orElse(OptionalDouble.empty());
            case HOLD_DECAY -> last(run, StepKind.PRESS).flatMap(s -> StepResultCodec.pressed(s.values()))
                    .map(p -> OptionalDouble.of(p.holdDecayPercent())).orElse(OptionalDouble.empty());
            case SPRINGBACK -> last(run, StepKind.RELEASE).flatMap(s -> released(s))
                    .map(r -> OptionalDouble.of(r.springbackMm())).orElse(OptionalDouble.empty());
            case DENSITY -> last(run, StepKind.RELEASE).flatMap(s -> DensityCodec.decode(DensityCodec.RELEASED, s.values()))
                    .filter(d -> d instanceof DensityReading.Measured)
                    .map(d -> OptionalDouble.of(((DensityReading.Measured) d).gramsPerCubicCentimetre())).orElse(OptionalDouble.empty());
        };
    }

    private static Optional<StepResult.Released> released(StepRun s) {
        return StepResultCodec.released(s.values());
    }

    private static Optional<StepRun> last(BatchRun run, StepKind kind) {
        List<StepRun> steps = run.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step().kind() == kind && !steps.get(i).values().isEmpty()) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }
}

package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.TraceSample;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.density.LoadedMass;
import org.layerpress.domain.density.MaterialTable;
import org.layerpress.domain.density.PelletDensity;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;

/**
 * The density values a PRESS step (under load, at the end of the hold) and the RELEASE after it
 * (after springback) add to the record: the whole stack, counted from the die's zero position, and —
 * when a layer was loaded on a stack pressed before — that layer, counted from where the ram stood at
 * the previous press. Masses are what the record's LOAD_LAYER steps weighed, never the recipe's targets.
 */
final class DensityReadings {

    /**
     * How old the last ram position before the end of the hold may be: older means samples were lost
     * there (a gap), and a position from before the gap is not the one at the end of the hold.
     */
    static final double MAX_POSITION_AGE_SECONDS = 0.5;

    private final MaterialTable table;

    DensityReadings(MaterialTable table) {
        this.table = table;
    }

    /** Values for PRESS step {@code step} whose hold ended {@code holdEndSeconds} into its trace. */
    Map<String, String> underLoad(BatchRun run, int step, List<TraceSample> trace, double holdEndSeconds) {
        return readings(run, step, step, positionAt(trace, holdEndSeconds), DensityCodec.UNDER_LOAD, DensityCodec.UNDER_LOAD_LAYER, StepKind.PRESS);
    }

    /** Values for RELEASE step {@code step}, the ram back at {@code positionAfterMm} (NaN if it never arrived). */
    Map<String, String> released(BatchRun run, int step, double positionAfterMm) {
        int press = previous(run, step, StepKind.PRESS);
        if (press == 0) {
            return Map.of();
        }
        OptionalDouble position = Double.isFinite(positionAfterMm) ? OptionalDouble.of(positionAfterMm) : OptionalDouble.empty();
        return readings(run, press, step, position, DensityCodec.RELEASED, DensityCodec.RELEASED_LAYER, StepKind.RELEASE);
    }

    private Map<String, String> readings(BatchRun run, int press, int step, OptionalDouble position, String stackPrefix, String layerPrefix,
                                         StepKind readingsOn) {
        Map<String, String> out = new LinkedHashMap<>();
        double area = run.recipe().die().areaSquareMillimetres();
        OptionalDouble zero = run.recipe().die().zeroPosition().map(z -> OptionalDouble.of(z.millimetres())).orElse(OptionalDouble.empty());
        OptionalDouble min = ((RecipeStep.Press) run.step(press).step()).minRelativeDensityPercent();
        out.putAll(DensityCodec.encode(stackPrefix, PelletDensity.of(zero, position, area, masses(run, 1, press), table, min)));
        int pressBefore = previous(run, press, StepKind.PRESS);
        List<LoadedMass> layer = masses(run, pressBefore + 1, press);
        if (pressBefore > 0 && !layer.isEmpty()) {
            // The layer sits on the stack as the previous reading of the same kind left it.
            int below = previous(run, press, readingsOn);
            OptionalDouble from = below == 0 ? OptionalDouble.empty() : DensityCodec.decode(stackPrefix, run.step(below).values())
                    .filter(DensityReading.Measured.class::isInstance).map(r -> OptionalDouble.of(((DensityReading.Measured) r).toMillimetres()))
                    .orElse(OptionalDouble.empty());
            DensityReading reading = from.isEmpty()
                    ? new DensityReading.NotMeasured("not measured: the stack below this layer has no thickness reading")
                    : PelletDensity.of(from, position, area, layer, table, OptionalDouble.empty());
            out.putAll(DensityCodec.encode(layerPrefix, reading));
        }
        return out;
    }

    /** The ram position at the end of the hold: the last sample at or before it, if it is recent; empty otherwise. */
    static OptionalDouble positionAt(List<TraceSample> trace, double holdEndSeconds) {
        TraceSample last = null;
        for (TraceSample s : trace) {
            if (s.seconds() <= holdEndSeconds + 1e-9 && Double.isFinite(s.positionMillimetres()) && (last == null || s.seconds() >= last.seconds())) {
                last = s;
            }
        }
        return last == null || holdEndSeconds - last.seconds() > MAX_POSITION_AGE_SECONDS
                ? OptionalDouble.empty()
                : OptionalDouble.of(last.positionMillimetres());
    }

    /** The layers weighed in steps {@code from} up to (not including) {@code to}. */
    private static List<LoadedMass> masses(BatchRun run, int from, int to) {
        List<LoadedMass> out = new ArrayList<>();
        for (int n = from; n < to; n++) {
            StepResultCodec.layerLoaded(run.step(n).values())
                    .filter(l -> l.massMg() > 0)
                    .ifPresent(l -> out.add(new LoadedMass(l.material(), l.massMg())));
        }
        return out;
    }

    /** The number of the last step of {@code kind} before {@code step}; 0 when there is none. */
    private static int previous(BatchRun run, int step, StepKind kind) {
        for (int n = step - 1; n >= 1; n--) {
            if (run.step(n).step().kind() == kind) {
                return n;
            }
        }
        return 0;
    }
}

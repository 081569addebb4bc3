package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.batch.StepResult.PlatensDuringHold;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * The platen temperatures seen during a press step with a platen band: every good reading of either
 * platen from the step's start (the last value before it included, since a steady platen sends
 * nothing new), so that the hold's lowest and highest can be read once the step is done. Readings
 * arrive on the adapter's thread; the result is read on the worker.
 */
final class PlatenHold {

    private record Reading(StandardSignal platen, Instant at, double celsius) {
    }

    private final List<Reading> readings = new ArrayList<>();

    synchronized void add(StandardSignal platen, Instant at, double celsius) {
        if (Double.isFinite(celsius)) {
            readings.add(new Reading(platen, at, celsius));
        }
    }

    /**
     * The lowest and highest platen temperature in force between the hold's start and end (seconds
     * on the step's trace), against the current HEAT's setpoint ± the step's band; empty for a step
     * without a band. A hold whose setpoint was never reached has no hold: its extremes are NaN.
     */
    synchronized Optional<PlatensDuringHold> during(Trace trace, OptionalDouble holdStart, double holdEnd, RecipeStep.Press press,
                                                   List<RecipeStep> steps, int stepNumber) {
        if (press.platenBand().isEmpty()) {
            return Optional.empty();
        }
        double setpoint = setpointBefore(steps, stepNumber);
        double band = press.platenBand().get().celsius();
        if (holdStart.isEmpty() || trace.isEmpty()) {
            return Optional.of(new PlatensDuringHold(Double.NaN, Double.NaN, setpoint, band));
        }
        double from = holdStart.getAsDouble();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (StandardSignal platen : List.of(StandardSignal.PLATEN_TEMPERATURE_TOP, StandardSignal.PLATEN_TEMPERATURE_BOTTOM)) {
            Reading before = null;
            for (Reading r : readings) {
                if (r.platen() != platen) {
                    continue;
                }
                double at = trace.secondsAt(r.at());
                if (at < from) {
                    before = r;
                } else if (at <= holdEnd) {
                    min = Math.min(min, r.celsius());
                    max = Math.max(max, r.celsius());
                }
            }
            if (before != null) {
                min = Math.min(min, before.celsius());
                max = Math.max(max, before.celsius());
            }
        }
        return Optional.of(min > max ? new PlatensDuringHold(Double.NaN, Double.NaN, setpoint, band) : new PlatensDuringHold(min, max, setpoint, band));
    }

    /** The setpoint of the last HEAT before step {@code number}. */
    static double setpointBefore(List<RecipeStep> steps, int number) {
        for (int i = number - 2; i >= 0; i--) {
            if (steps.get(i) instanceof RecipeStep.Heat h) {
                return h.setpoint().celsius();
            }
        }
        return Double.NaN;
    }
}

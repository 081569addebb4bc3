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

    /** A reading, or (NaN) a moment from which the platen was unreadable: its last good value is no longer in force. */
    synchronized void add(StandardSignal platen, Instant at, double celsius) {
        readings.add(new Reading(platen, at, Double.isFinite(celsius) ? celsius : Double.NaN));
    }

    /**
     * The lowest and highest platen temperature in force between the hold's start and end (seconds
     * on the step's trace), against the current HEAT's setpoint ± the step's band; empty for a step
     * without a band. A hold whose setpoint was never reached has no hold, and a platen unread for any
     * part of the hold (nothing arrived, or its thermocouple read nothing) leaves it unproven: its
     * extremes are NaN then, never the other platen's or an earlier value standing in.
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
            List<Double> in = new ArrayList<>();
            for (Reading r : readings) {
                if (r.platen() != platen) {
                    continue;
                }
                double at = trace.secondsAt(r.at());
                if (at < from) {
                    before = r;
                } else if (at <= holdEnd) {
                    in.add(r.celsius());
                }
            }
            if (before != null) {
                in.add(before.celsius());
            }
            if (in.isEmpty() || in.stream().anyMatch(c -> Double.isNaN(c))) {
                return Optional.of(new PlatensDuringHold(Double.NaN, Double.NaN, setpoint, band));
            }
            for (double c : in) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        return Optional.of(new PlatensDuringHold(min, max, setpoint, band));
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

package org.layerpress.application.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/**
 * A two-layer batch record written event by event as the sequencer would, with crafted 100 Hz
 * traces: press steps 4 and 7 at 100 MPa (ramp 100 MPa/s, band ± 10 MPa, decay ≤ 5 %) in the
 * 10 mm die (78.54 mm², 7.854 kN), releases 5 and 8. Each part can be spoiled on purpose.
 */
final class CraftedRecord {

    static final double AREA = Math.PI * 25;
    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    static final RecipeDefinition RECIPE = new RecipeDefinition("Crafted bilayer", "for flags", DemoRecipes.DIE_10_MM,
            new PressProfile("test press", Force.of(30, ForceUnit.TONNE_FORCE), 20, Set.of(PressCapability.AUTOMATIC_RAMP_HOLD)),
            List.<RecipeStep>of(
                    new Check("Prepare", List.of("Die clean")),
                    new Scan("Scan the die", ScanTarget.DIE_ID),
                    new LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), false),
                    new Press("Press the electrolyte", Pressure.megaPascals(100), PressureRate.megaPascalsPerSecond(100), Duration.ofSeconds(3),
                            Pressure.megaPascals(10), 5.0, Optional.empty()),
                    new Release("Release"),
                    new LoadLayer("Load the protective layer", "protective", "LGPS", Mass.milligrams(30), Mass.milligrams(1.5), false),
                    new Press("Press the stack", Pressure.megaPascals(100), PressureRate.megaPascalsPerSecond(100), Duration.ofSeconds(3),
                            Pressure.megaPascals(10), 5.0, Optional.empty()),
                    new Release("Release"),
                    new Eject("Eject"),
                    new Inspect("Inspect", List.of("No cracks"))));

    final List<BatchEvent> events = new ArrayList<>();
    final Map<Integer, List<TracePoint>> traces = new HashMap<>();
    double mass3 = 60.5;
    String springback5 = "0.031";

    void add(BatchEventKind kind, int step, Map<String, String> values) {
        events.add(new BatchEvent(events.size() + 1, "B-20261125-0001", T0.plusSeconds(events.size()), kind, step, "olga", values));
    }

    /** The whole run, clean unless a part was spoiled before. */
    BatchRun complete() {
        if (events.isEmpty()) {
            start();
        }
        for (int step = 1; step <= 10; step++) {
            if (step == 4 || step == 7) {
                traces.computeIfAbsent(step, s -> new Trace(s).ramp(100).hold(3, 0, 0).points);
                activate(step);
                confirm(step, Map.of("holdEnd.s", holdEnd(step)));
            } else if (step == 3 || step == 6) {
                activate(step);
                double mass = step == 3 ? mass3 : 30;
                Map<String, String> v = new LinkedHashMap<>(Map.of("mass.mg", plain(mass), "target.mg", step == 3 ? "60" : "30",
                        "tolerance.mg", step == 3 ? "2" : "1.5"));
                add(Math.abs(mass - (step == 3 ? 60 : 30)) > (step == 3 ? 2 : 1.5) ? BatchEventKind.STEP_DEVIATED : BatchEventKind.STEP_CONFIRMED, step, v);
            } else if (step == 5 || step == 8) {
                activate(step);
                confirm(step, Map.of("springback.mm", step == 5 ? springback5 : "0.031"));
            } else {
                activate(step);
                confirm(step, Map.of());
            }
        }
        add(BatchEventKind.COMPLETED, 0, Map.of());
        return BatchRun.replay(events, RECIPE);
    }

    void start() {
        add(BatchEventKind.STARTED, 0, Map.of(BatchRun.RECIPE_TEXT, new YamlRecipeFiles().toYaml(RECIPE), BatchRun.DIE_ID, "D10-01"));
    }

    private String holdEnd(int step) {
        List<TracePoint> t = traces.get(step);
        // From the last attempt's first sample, as the sequencer measures it.
        int first = 0;
        for (int i = 1; i < t.size(); i++) {
            if (Duration.between(t.get(i - 1).sourceTime(), t.get(i).sourceTime()).compareTo(Duration.ofSeconds(1)) > 0) {
                first = i;
            }
        }
        return plain(Duration.between(t.get(first).sourceTime(), t.get(t.size() - 1).sourceTime()).toNanos() / 1e9);
    }

    void activate(int step) {
        add(BatchEventKind.STEP_ACTIVATED, step, Map.of("title", RECIPE.steps().get(step - 1).title(), "attempt", "1"));
    }

    private void confirm(int step, Map<String, String> values) {
        add(BatchEventKind.STEP_CONFIRMED, step, values);
    }

    static String plain(double v) {
        return PressStepFlags.plain(v);
    }

    /** A 100 Hz trace of force (from pressure) and ram position, sample by sample. */
    static final class Trace {
        final int step;
        final List<TracePoint> points = new ArrayList<>();
        Instant t;
        double mpa;
        double mm = 3.0;

        Trace(int step) {
            this(step, T0.plusSeconds(100L * step));
        }

        Trace(int step, Instant start) {
            this.step = step;
            this.t = start;
        }

        private void sample() {
            points.add(new TracePoint(step, t, Math.round(mpa * AREA) / 1000.0, Math.round(mm * 10_000) / 10_000.0));
            t = t.plusMillis(10);
        }

        /** From the current pressure to 100 MPa at a rate in MPa/s; the ram compacts 0.3 mm. */
        Trace ramp(double rate) {
            return rampTo(100, rate);
        }

        Trace rampTo(double target, double rate) {
            double start = mpa;
            int n = (int) Math.ceil((target - start) / rate * 100);
            for (int i = 1; i <= n; i++) {
                mpa = start + (target - start) * i / n;
                mm = 3.0 + 0.3 * mpa / 100;
                sample();
            }
            return this;
        }

        /** Holds for seconds while pressure falls by {@code fallMpa} and the ram advances {@code advanceMm}, both evenly. */
        Trace hold(double seconds, double fallMpa, double advanceMm) {
            int n = (int) Math.round(seconds * 100);
            double p0 = mpa;
            double x0 = mm;
            for (int i = 1; i <= n; i++) {
                mpa = p0 - fallMpa * i / n;
                mm = x0 + advanceMm * i / n;
                sample();
            }
            return this;
        }

        Trace at(double megaPascals, double seconds) {
            int n = (int) Math.round(seconds * 100);
            mpa = megaPascals;
            for (int i = 0; i < n; i++) {
                sample();
            }
            return this;
        }

        Trace pause(Duration d) {
            t = t.plus(d);
            mpa = 0;
            return this;
        }
    }
}

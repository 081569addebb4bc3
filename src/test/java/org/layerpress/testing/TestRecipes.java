package org.layerpress.testing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Cool;
import org.layerpress.domain.recipe.RecipeStep.Heat;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;

/**
 * Fast two-layer recipes for tests that run batches: holds of seconds, not minutes, at 100 MPa
 * (ramp 100 MPa/s, band ± 10 MPa, decay ≤ 5 %) in the 10 mm die, i.e. 7.85 kN.
 */
public final class TestRecipes {

    private TestRecipes() {
    }

    /**
     * Check, die scan, the electrolyte (60 ± 2 mg) pressed and released, the protective layer
     * (30 ± 1.5 mg) pressed and released, eject, inspect: press steps 4 and 7.
     *
     * @param witnessed whether the first layer's weighing needs a second person
     */
    public static RecipeDefinition twoLayers(String name, PressProfile press, Duration hold, boolean witnessed) {
        return new RecipeDefinition(name, "fast test recipe", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                new Check("Prepare", List.of("Die clean")),
                new Scan("Scan the die", ScanTarget.DIE_ID),
                new LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), witnessed),
                press("Press the electrolyte", hold),
                new Release("Release"),
                new LoadLayer("Load the protective layer", "protective", "LGPS", Mass.milligrams(30), Mass.milligrams(1.5), false),
                press("Press the stack", hold),
                new Release("Release"),
                new Eject("Eject"),
                new Inspect("Inspect", List.of("No cracks"))));
    }

    /**
     * As the operator screens show it: {@link #twoLayers} with a scan of the LGPS lot before the
     * second layer and named releases; press steps 4 and 8.
     */
    public static RecipeDefinition twoLayersWithLotScan(String name, PressProfile press, Duration hold) {
        return new RecipeDefinition(name, "fast test recipe", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                new Check("Prepare", List.of("Die clean")),
                new Scan("Scan the die", ScanTarget.DIE_ID),
                new LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), false),
                press("Press the electrolyte", hold),
                new Release("Release after the electrolyte"),
                new Scan("Scan the LGPS lot", ScanTarget.POWDER_LOT),
                new LoadLayer("Load the protective layer", "protective", "LGPS", Mass.milligrams(30), Mass.milligrams(1.5), false),
                press("Press the stack", hold),
                new Release("Release after the stack"),
                new Eject("Eject"),
                new Inspect("Inspect", List.of("No cracks"))));
    }

    /**
     * One warm-pressed layer on a press with heated platens: check, die scan, the electrolyte, HEAT to
     * 60 °C (30 °C/min, ± 3 °C, soak 30 s), PRESS with the platens held within ± 5 °C, COOL under load
     * to 45 °C, release, eject, inspect: HEAT is step 4, PRESS 5, COOL 6, RELEASE 7, EJECT 8.
     */
    public static RecipeDefinition heated(String name, PressProfile press, Duration hold) {
        Press p = press("Press warm", hold);
        return new RecipeDefinition(name, "fast heated test recipe", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                new Check("Prepare", List.of("Die clean")),
                new Scan("Scan the die", ScanTarget.DIE_ID),
                new LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), false),
                new Heat("Heat the platens", Temperature.celsius(HEAT_C), 30, Temperature.celsius(3), Duration.ofSeconds(30)),
                new Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), Optional.of(Temperature.celsius(HEAT_C)),
                        Optional.of(Temperature.celsius(5))),
                new Cool("Cool under load", Temperature.celsius(COOL_C), true),
                new Release("Release"),
                new Eject("Eject"),
                new Inspect("Inspect", List.of("No cracks"))));
    }

    /** The setpoint and the cool limit of {@link #heated}. */
    public static final double HEAT_C = 60;
    public static final double COOL_C = 45;

    private static Press press(String title, Duration hold) {
        return new Press(title, Pressure.megaPascals(100), PressureRate.megaPascalsPerSecond(100), hold, Pressure.megaPascals(10), 5.0, Optional.empty());
    }

    /**
     * A cold isostatic pressing of a pre-pressed stack: check, load the bagged sample into the vessel,
     * pressurise to {@code megaPascals} ± 5 MPa at 5 MPa/s and hold, vent at up to 5 MPa/s, inspect:
     * the vessel steps are 2, 3 and 4. Test numbers, not a published protocol.
     */
    /**
     * {@link #cip}'s steps with a warm PRESSURISE: the medium at {@code celsius} ± 5 °C, soaked for
     * {@code soak} before the pump starts. Test numbers, not a published protocol.
     */
    public static RecipeDefinition wip(String name, PressProfile press, double megaPascals, Duration hold, double celsius, Duration soak) {
        RecipeDefinition cold = cip(name, press, megaPascals, hold);
        return cold.withStep(2, new RecipeStep.Pressurise("Heat, pressurise and hold", Pressure.megaPascals(megaPascals), PressureRate.megaPascalsPerSecond(5),
                hold, Pressure.megaPascals(5), java.util.Optional.of(Temperature.celsius(celsius)), java.util.Optional.of(Temperature.celsius(5)), soak));
    }

    public static RecipeDefinition cip(String name, PressProfile press, double megaPascals, Duration hold) {
        return new RecipeDefinition(name, "fast isostatic test recipe", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                new Check("Prepare", List.of("Vessel clean")),
                new RecipeStep.LoadVessel("Load the vessel", List.of("Sample bagged and sealed", "Lid locked")),
                new RecipeStep.Pressurise("Pressurise", Pressure.megaPascals(megaPascals), PressureRate.megaPascalsPerSecond(5), hold,
                        Pressure.megaPascals(5)),
                new RecipeStep.Depressurise("Vent", PressureRate.megaPascalsPerSecond(5)),
                new Inspect("Inspect", List.of("Bag intact"))));
    }
}

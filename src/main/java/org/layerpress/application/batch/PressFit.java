package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.layerpress.application.mapping.GaugeSpec;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.VesselSpec;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressLimits;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.VesselRules;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Temperature;

/**
 * Whether a recipe can run on this station's press, judged at batch start before anything is
 * recorded. A recipe is validated against the press written in its own file; the station's press
 * comes from its mapping and may be another one (a smaller press, a manual pump, unheated
 * platens), and the first step must never start on a press that cannot do what the recipe asks.
 */
public final class PressFit {

    /** What heated platens need mapped: the HMI writes the setpoint, reads both platens and the heater fault. */
    static final List<StandardSignal> PLATEN_SIGNALS = List.of(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, StandardSignal.PLATEN_TEMPERATURE_TOP,
            StandardSignal.PLATEN_TEMPERATURE_BOTTOM, StandardSignal.HEATER_FAULT);

    private static final String AUTOMATIC_ONLY = "LayerPress runs recipes only on an automatic press, or on a manual pump press with a transducer "
            + "or with a gauge the mapping describes (manualPump.gauge)";

    private final PressProfile press;
    private final Predicate<StandardSignal> mapped;
    private final Optional<Temperature> platenLimit;
    private final String mappingName;
    private final Optional<VesselSpec> vessel;
    private final Optional<GaugeSpec> gauge;

    /**
     * @param mapped whether the station's mapping binds a signal
     * @param platenLimit the mapping's {@code platens.maxTemperature}
     * @param mappingName the mapping file, as a refusal names it
     * @param vessel the mapping's {@code vessel} section: an isostatic vessel's rating, pump rate and (WIP) hottest temperature
     * @param gauge the mapping's {@code manualPump.gauge}: on a press without a transducer, the dial the operator reads
     */
    public PressFit(PressProfile press, Predicate<StandardSignal> mapped, Optional<Temperature> platenLimit, String mappingName, Optional<VesselSpec> vessel,
                    Optional<GaugeSpec> gauge) {
        this.press = Objects.requireNonNull(press, "press");
        this.mapped = Objects.requireNonNull(mapped, "mapped");
        this.platenLimit = Objects.requireNonNull(platenLimit, "platenLimit");
        this.mappingName = Objects.requireNonNull(mappingName, "mappingName");
        this.vessel = Objects.requireNonNull(vessel, "vessel");
        this.gauge = Objects.requireNonNull(gauge, "gauge");
    }

    /** A press without a gauge read by hand. */
    public PressFit(PressProfile press, Predicate<StandardSignal> mapped, Optional<Temperature> platenLimit, String mappingName, Optional<VesselSpec> vessel) {
        this(press, mapped, platenLimit, mappingName, vessel, Optional.empty());
    }

    /** A press without an isostatic vessel. */
    public PressFit(PressProfile press, Predicate<StandardSignal> mapped, Optional<Temperature> platenLimit, String mappingName) {
        this(press, mapped, platenLimit, mappingName, Optional.empty());
    }

    /** The press of a loaded mapping file. */
    public static PressFit of(PressMapping mapping) {
        return new PressFit(mapping.press(), mapping::delivers, mapping.platenMaxTemperature(), mapping.source(), mapping.vessel(), mapping.gauge());
    }

    /**
     * Whether PRESS steps run by hand on this press: a manual pump press whose force the HMI reads
     * (a load cell, or oil pressure through the ram area), or whose gauge the operator reads and types
     * in ({@link #gauge()}). The operator pumps, the HMI guides, times the hold and records; it writes
     * no setpoint and no Start.
     */
    public boolean manual() {
        return !press.has(PressCapability.AUTOMATIC_RAMP_HOLD) && press.has(PressCapability.MANUAL_PUMP)
                && (mapped.test(StandardSignal.FORCE) || gauge.isPresent());
    }

    /**
     * On a manual pump press without a transducer, the gauge the operator reads (its unit and how a
     * reading becomes force); empty on every other press, and on a gauge-only press whose mapping does
     * not describe its gauge (then no recipe runs).
     */
    public Optional<GaugeSpec> gauge() {
        return manual() && !mapped.test(StandardSignal.FORCE) ? gauge : Optional.empty();
    }

    /** Whether the station's mapping binds this signal (the Calibration screen lists the instruments behind the mapped ones). */
    public boolean maps(StandardSignal signal) {
        return mapped.test(signal);
    }

    /** The station's {@code platens.maxTemperature}: no platen setpoint is written above it. */
    public Optional<Temperature> platenLimit() {
        return platenLimit;
    }

    /** The mapping's {@code vessel} section: no vessel setpoint is written past it. */
    public Optional<VesselSpec> vessel() {
        return vessel;
    }

    /** The station's press as its mapping describes it. */
    public PressProfile press() {
        return press;
    }

    /** Refuses, in words naming the recipe, the press and each limit, a recipe this press cannot run. */
    void require(String recipeLabel, RecipeDefinition recipe) {
        List<String> misfits = new ArrayList<>(misfits(recipe));
        if (!misfits.isEmpty()) {
            throw new BatchRefusedException(recipeLabel + " cannot run on " + press.model() + ": " + String.join("; ", misfits));
        }
    }

    /** Every reason this press cannot run the recipe; empty when it fits. */
    List<String> misfits(RecipeDefinition recipe) {
        if (VesselRules.isVesselRecipe(recipe)) {
            return new VesselFit(press, vessel, mappingName).misfits(recipe);
        }
        List<RecipeStep.Press> steps = recipe.steps().stream().filter(s -> s instanceof RecipeStep.Press).map(s -> (RecipeStep.Press) s).toList();
        List<String> out = new ArrayList<>();
        if (!steps.isEmpty() && !press.has(PressCapability.AUTOMATIC_RAMP_HOLD) && !manual()) {
            out.add(kindRefusal());
        }
        PressLimits limits = PressLimits.of(press, recipe.die());
        boolean heatedBefore = false;
        for (int i = 0; i < recipe.steps().size(); i++) {
            int n = i + 1;
            RecipeStep step = recipe.steps().get(i);
            if (step instanceof RecipeStep.Press p) {
                limits.breachedByStep(p.target(), p.band(), p.ramp()).stream()
                        // By hand the ramp is the operator's pumping: there is no pump rate to exceed.
                        .filter(b -> b.limit() == PressLimits.Limit.PRESS_CAPACITY || b.limit() == PressLimits.Limit.PRESS_RAMP && !manual())
                        .forEach(b -> out.add("step " + n + ": " + b.words()));
                if (p.platen().isPresent() && !heatedBefore) {
                    // A recipe approved before HEAT steps existed: it would press with cold platens.
                    out.add("step " + n + " asks for platens at " + celsius(p.platen().get()) + " but no HEAT step before it heats them");
                }
                p.platen().ifPresent(t -> out.addAll(platenMisfits("step " + n + " asks for platens at " + celsius(t), Optional.of(t))));
            } else if (step instanceof RecipeStep.Heat h) {
                heatedBefore = true;
                out.addAll(platenMisfits("step " + n + " heats the platens to " + celsius(h.setpoint()), Optional.of(h.setpoint())));
            } else if (step instanceof RecipeStep.Cool) {
                out.addAll(platenMisfits("step " + n + " cools the platens", Optional.empty()));
            }
        }
        return out.stream().distinct().toList();
    }

    private static String celsius(Temperature t) {
        return EvidenceNumbers.trimmed(t.celsius(), 1) + " °C";
    }

    private String kindRefusal() {
        if (press.has(PressCapability.MANUAL_PUMP)) {
            // Without manualPump.gauge the HMI cannot show the band in the dial's unit, nor turn a reading into MPa on the die.
            return "this station's press is a manual pump press with a gauge only (no force or oilPressure transducer mapped), "
                    + "and " + mappingName + " does not say what the gauge reads (manualPump.gauge with ramArea); " + AUTOMATIC_ONLY;
        }
        if (press.has(PressCapability.ISOSTATIC_VESSEL)) {
            return "this station's press is an isostatic vessel, with no ram and no die for a PRESS step; run this recipe on a uniaxial press";
        }
        return "the mapping " + mappingName + " does not list " + PressCapability.AUTOMATIC_RAMP_HOLD.key() + " in press.capabilities; " + AUTOMATIC_ONLY;
    }

    /** What keeps this press from a platen step: no heated platens, a platen signal not mapped, no limit, or {@code asked} above it. */
    private List<String> platenMisfits(String wants, Optional<Temperature> asked) {
        List<String> out = new ArrayList<>();
        if (!press.has(PressCapability.HEATED_PLATENS)) {
            out.add(wants + ", but the press has no heated platens (" + PressCapability.HEATED_PLATENS.key() + " is not in press.capabilities of " + mappingName + ")");
            return out;
        }
        List<String> missing = PLATEN_SIGNALS.stream().filter(mapped.negate()).map(StandardSignal::key).toList();
        if (!missing.isEmpty()) {
            out.add(wants + ", but " + mappingName + " does not map " + String.join(", ", missing));
        }
        if (platenLimit.isEmpty()) {
            out.add(wants + ", but " + mappingName + " sets no platens.maxTemperature");
        } else if (asked.isPresent() && asked.get().celsius() > platenLimit.get().celsius()) {
            out.add(wants + String.format(Locale.ROOT, ", above the press's platen limit of %s °C (platens.maxTemperature)",
                    EvidenceNumbers.trimmed(platenLimit.get().celsius(), 1)));
        }
        return out;
    }
}

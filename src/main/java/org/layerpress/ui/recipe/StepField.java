package org.layerpress.ui.recipe;

import java.time.Duration;
import java.util.Optional;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.ui.fx.Words;
import org.layerpress.domain.units.PressureRate;

/**
 * A value of a PRESS, LOAD_LAYER or CHECK step (its glovebox limits) that a stepper on the editor changes: its caption, unit and
 * the size of one tap, and how the number in that unit is read from the step and written back into
 * it. The editor's view model keeps which step is selected; this keeps the units and the step records.
 */
public enum StepField {
    TARGET("MPa", 5),
    RAMP("MPa/s", 1),
    HOLD("s", 10),
    BAND("MPa", 1),
    DECAY("%", 1),
    MASS("mg", 0.5),
    TOLERANCE("mg", 0.5),
    MAX_O2("ppm", 0.1),
    MAX_H2O("ppm", 0.1);

    /** Where a CHECK step without glovebox limits starts when a Supervisor adds them: the common practice of an argon box below 1 ppm. */
    static final AtmosphereLimits NEW_LIMITS = new AtmosphereLimits(1, 1);

    private final String unit;
    private final double step;

    StepField(String unit, double step) {
        this.unit = unit;
        this.step = step;
    }

    /** The caption in the reader's language ({@code recipe.field.<NAME>}); English in the base bundle. */
    public String caption() {
        return Words.get("recipe.field." + name());
    }

    public String unit() {
        return unit;
    }

    public double step() {
        return step;
    }

    /** Whether the field belongs to a PRESS step. */
    public boolean ofPress() {
        return !ofLoad() && !ofAtmosphere();
    }

    /** Whether the field belongs to a LOAD_LAYER step. */
    public boolean ofLoad() {
        return this == MASS || this == TOLERANCE;
    }

    /** Whether the field is a CHECK step's glovebox limit (ppm), held to {@link AtmosphereLimits#allowed}. */
    public boolean ofAtmosphere() {
        return this == MAX_O2 || this == MAX_H2O;
    }

    /** Whether a step has values the editor sets (PRESS, LOAD_LAYER, and a CHECK's glovebox limits). */
    static boolean settable(RecipeStep s) {
        return s instanceof Press || s instanceof LoadLayer || s instanceof Check;
    }

    /** The index of the first PRESS or LOAD_LAYER step (the values most often changed), 0 if there is none. */
    static int firstSettable(RecipeDefinition d) {
        for (int i = 0; i < d.steps().size(); i++) {
            if (d.steps().get(i) instanceof Press || d.steps().get(i) instanceof LoadLayer) {
                return i;
            }
        }
        return 0;
    }

    /** The step's value of this field in its unit, if the step has this field. */
    Optional<Double> valueIn(RecipeStep step) {
        if (step instanceof Press p && ofPress()) {
            return Optional.of(switch (this) {
                case TARGET -> p.target().megaPascals();
                case RAMP -> p.ramp().megaPascalsPerSecond();
                case HOLD -> p.hold().toMillis() / 1000.0;
                case BAND -> p.band().megaPascals();
                case DECAY -> p.maxDecayPercent();
                default -> throw new IllegalStateException();
            });
        }
        if (step instanceof LoadLayer l && ofLoad()) {
            return Optional.of(this == MASS ? l.target().milligrams() : l.tolerance().milligrams());
        }
        if (step instanceof Check c && ofAtmosphere()) {
            return c.atmosphere().map(a -> this == MAX_O2 ? a.maxO2Ppm() : a.maxH2oPpm());
        }
        return Optional.empty();
    }

    /** The step with this field set to {@code v} (in its unit); empty if the step has no such field. */
    Optional<RecipeStep> setIn(RecipeStep step, double v) {
        if (step instanceof Press p && ofPress()) {
            return Optional.of(switch (this) {
                case TARGET -> p.withTarget(Pressure.megaPascals(v));
                case RAMP -> new Press(p.title(), p.target(), PressureRate.megaPascalsPerSecond(v), p.hold(), p.band(), p.maxDecayPercent(), p.platen(), p.platenBand(), p.minRelativeDensityPercent());
                case HOLD -> new Press(p.title(), p.target(), p.ramp(), Duration.ofMillis(Math.round(v * 1000)), p.band(), p.maxDecayPercent(), p.platen(), p.platenBand(), p.minRelativeDensityPercent());
                case BAND -> new Press(p.title(), p.target(), p.ramp(), p.hold(), Pressure.megaPascals(v), p.maxDecayPercent(), p.platen(), p.platenBand(), p.minRelativeDensityPercent());
                case DECAY -> new Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), v, p.platen(), p.platenBand(), p.minRelativeDensityPercent());
                default -> p;
            });
        }
        if (step instanceof LoadLayer l && ofLoad()) {
            return Optional.of(this == MASS
                    ? new LoadLayer(l.title(), l.layerName(), l.material(), Mass.milligrams(v), l.tolerance(), l.secondPersonCheck())
                    : new LoadLayer(l.title(), l.layerName(), l.material(), l.target(), Mass.milligrams(v), l.secondPersonCheck()));
        }
        // Only limits that exist are set here (adding and removing them is the view model's); the caller checked the range.
        if (step instanceof Check c && ofAtmosphere() && c.atmosphere().isPresent()) {
            AtmosphereLimits a = c.atmosphere().get();
            return Optional.of(new Check(c.title(), c.items(), Optional.of(this == MAX_O2
                    ? new AtmosphereLimits(v, a.maxH2oPpm()) : new AtmosphereLimits(a.maxO2Ppm(), v))));
        }
        return Optional.empty();
    }
}

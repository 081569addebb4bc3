package org.layerpress.ui.recipe;

import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressLimits;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Force;
import org.layerpress.ui.fx.Words;
import org.layerpress.domain.units.Pressure;

/**
 * What a PRESS step asks of the die and the press: the force at the target pressure and at target +
 * band (the highest the recipe allows, which the validator checks), each as a share of the die's
 * rating and of the press's capacity. The forces and the limits come from {@link PressLimits}, the
 * same the validator and the press start use.
 */
public record PressForces(Pressure target, Pressure upper, Force atTarget, Force atUpper, PressLimits limits) {

    public static PressForces of(DieSpec die, PressProfile press, RecipeStep.Press step) {
        PressLimits limits = PressLimits.of(press, die);
        return new PressForces(step.target(), step.upperLimit(), limits.forceFor(step.target()), limits.forceFor(step.upperLimit()), limits);
    }

    public Force dieRating() {
        return limits.dieRating();
    }

    public Force pressCapacity() {
        return limits.press().capacity();
    }

    /** Force at target + band as a percentage of the die rating. */
    public double dieRatingPercent() {
        return limits.percentOfDieRating(atUpper);
    }

    /** Force at target + band as a percentage of the press capacity. */
    public double pressCapacityPercent() {
        return limits.percentOfCapacity(atUpper);
    }

    public boolean overDieRating() {
        return limits.aboveDieRating(atUpper);
    }

    public boolean overPressCapacity() {
        return limits.aboveCapacity(atUpper);
    }

    /** "28.27 kN (2.88 t) at 360 MPa" */
    public String targetText() {
        return Words.format("recipe.force.at", RecipeWords.force(atTarget), RecipeWords.pressure(target));
    }

    /** "29.06 kN (2.96 t) at 370 MPa (target + band)" */
    public String upperText() {
        return Words.format("recipe.force.atUpper", RecipeWords.force(atUpper), RecipeWords.pressure(upper));
    }

    /** "30 % of die rating 98.07 kN · 10 % of press capacity 294.2 kN", the worse limit first. */
    public String limitsText() {
        String die = Words.format("recipe.force.ofDie", RecipeWords.percent(dieRatingPercent()), RecipeWords.kiloNewtons(dieRating()));
        String press = Words.format("recipe.force.ofPress", RecipeWords.percent(pressCapacityPercent()), RecipeWords.kiloNewtons(pressCapacity()));
        return dieRatingPercent() >= pressCapacityPercent() ? die + " · " + press : press + " · " + die;
    }
}

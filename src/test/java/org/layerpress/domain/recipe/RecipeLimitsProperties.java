package org.layerpress.domain.recipe;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/** Properties: conversions round-trip, and no recipe the validator accepts exceeds a limit. */
class RecipeLimitsProperties {

    @Property
    void forceAndPressureRoundTripThroughAnyDie(@ForAll @DoubleRange(min = 3, max = 40) double boreMm,
                                                @ForAll @DoubleRange(min = 0.1, max = 2000) double mpa) {
        DieSpec die = new DieSpec(Length.millimetres(boreMm), Force.kiloNewtons(1000));
        double back = die.pressureFor(die.forceFor(Pressure.megaPascals(mpa))).megaPascals();
        assert Math.abs(back - mpa) < 1e-9 * mpa : back + " vs " + mpa;
    }

    @Property
    void tonnesAndKiloNewtonsRoundTrip(@ForAll @DoubleRange(min = 0, max = 1000) double value) {
        for (ForceUnit unit : ForceUnit.values()) {
            double back = Force.of(value, unit).in(unit);
            assert Math.abs(back - value) < 1e-9 * Math.max(1, value) : unit + ": " + back + " vs " + value;
        }
    }

    @Property
    void usTonIsAlwaysLighterThanAMetricTonne(@ForAll @DoubleRange(min = 0.1, max = 1000) double tons) {
        assert Force.of(tons, ForceUnit.US_TON_FORCE).kiloNewtons() < Force.of(tons, ForceUnit.TONNE_FORCE).kiloNewtons();
    }

    @Property(tries = 2000)
    void noValidRecipeEverExceedsAPressOrDieLimit(@ForAll("recipes") RecipeDefinition recipe) {
        boolean valid = RecipeValidator.validate(recipe).isEmpty();
        // The property means nothing unless a fair share of generated recipes pass validation.
        Statistics.label("valid").collect(valid);
        Statistics.label("valid").coverage(c -> c.check(true).percentage(p -> p > 5));
        if (!valid) {
            return;
        }
        for (RecipeStep step : recipe.steps()) {
            if (step instanceof Press p) {
                Force worst = recipe.die().forceFor(p.upperLimit());
                assert !worst.exceeds(recipe.press().capacity()) : "capacity exceeded by " + p;
                assert !worst.exceeds(recipe.die().rating()) : "die rating exceeded by " + p;
                assert recipe.die().forceRateFor(p.ramp()) <= recipe.press().maxRampKiloNewtonsPerSecond() : "ramp exceeded by " + p;
                assert p.platen().isEmpty() || recipe.press().has(PressCapability.HEATED_PLATENS) : "heating on a cold press";
            }
        }
    }

    @Provide
    Arbitrary<RecipeDefinition> recipes() {
        Arbitrary<DieSpec> die = Combinators.combine(
                Arbitraries.of(6.0, 8.0, 10.0, 10.5, 12.0, 13.0, 15.0, 20.0), // typical bores, domain-notes.md
                Arbitraries.doubles().between(5, 400)).as((d, rating) -> new DieSpec(Length.millimetres(d), Force.kiloNewtons(rating)));
        Arbitrary<PressProfile> press = Combinators.combine(
                Arbitraries.of(2.0, 8.0, 15.0, 25.0, 30.0, 40.0), // typical presses in t, domain-notes.md
                Arbitraries.doubles().between(0.5, 50),
                Arbitraries.of(true, false)).as((t, ramp, heated) -> new PressProfile(t + " t", Force.of(t, ForceUnit.TONNE_FORCE), ramp,
                heated ? EnumSet.of(PressCapability.HEATED_PLATENS) : EnumSet.noneOf(PressCapability.class)));
        Arbitrary<Press> step = Combinators.combine(
                Arbitraries.doubles().between(10, 1500),
                Arbitraries.doubles().between(0.5, 100),
                Arbitraries.doubles().between(0.5, 50),
                Arbitraries.of(Optional.<Double>empty(), Optional.of(80.0), Optional.of(150.0))).as((mpa, ramp, band, temp) ->
                new Press("p", Pressure.megaPascals(mpa), PressureRate.megaPascalsPerSecond(ramp), Duration.ofSeconds(60),
                        Pressure.megaPascals(band), 5, temp.map(org.layerpress.domain.units.Temperature::celsius)));
        return Combinators.combine(die, press, step, step).as((d, p, s1, s2) -> new RecipeDefinition("prop", "", d, p, List.of(
                new RecipeStep.LoadLayer("l1", "a", "m", Mass.milligrams(50), Mass.milligrams(2), false), s1, new RecipeStep.Release("r"),
                new RecipeStep.LoadLayer("l2", "b", "m", Mass.milligrams(30), Mass.milligrams(2), false), s2, new RecipeStep.Release("r"),
                new RecipeStep.Eject("e"))));
    }
}

package org.layerpress.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.ui.fx.Words;

/**
 * The validator's objections on the recipe screens: English exactly as the domain words them, German
 * for every rule {@link ViolationWords} knows, with the values and decimal commas kept.
 */
class ViolationWordsTest {

    private static final RecipeDefinition BILAYER = DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS);

    @AfterEach
    void english() {
        Words.use(Words.STATION_DEFAULT);
    }

    /** Recipes that break every rule ViolationWords knows (press and die limits, values, order, names). */
    private static List<Violation> objections() {
        Press p = (Press) BILAYER.steps().get(4);
        List<RecipeDefinition> broken = List.of(
                BILAYER.withStep(4, new Press(p.title(), Pressure.megaPascals(5000), PressureRate.megaPascalsPerSecond(500), p.hold(), p.band(),
                        p.maxDecayPercent(), Optional.empty())),
                BILAYER.withStep(4, new Press(p.title(), p.target(), PressureRate.megaPascalsPerSecond(0), Duration.ofHours(2),
                        Pressure.megaPascals(0), 80, Optional.empty())),
                BILAYER.withStep(4, new Press(p.title(), Pressure.megaPascals(0), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), Optional.empty())),
                BILAYER.withStep(3, new LoadLayer("Load", "", "", Mass.milligrams(0), Mass.milligrams(0), false)),
                BILAYER.withStep(5, new Scan("Scan again", ScanTarget.POWDER_LOT)),
                BILAYER.withStep(4, new Scan("Scan instead of pressing", ScanTarget.POWDER_LOT)),
                BILAYER.withStep(5, new Scan("No release", ScanTarget.POWDER_LOT)).withStep(9, new Scan("No release", ScanTarget.POWDER_LOT)),
                new RecipeDefinition("", "", BILAYER.die(), BILAYER.press(), List.<RecipeStep>of(new Check("Empty", List.of()),
                        new Inspect("Empty", List.of()))),
                new RecipeDefinition("Nothing", "", BILAYER.die(), BILAYER.press(), List.of()));
        return broken.stream().flatMap(d -> RecipeValidator.validate(d).stream()).toList();
    }

    @Test
    void englishReadsExactlyAsTheValidatorWroteIt() {
        for (Violation v : objections()) {
            assertEquals(v.message(), ViolationWords.of(v));
        }
    }

    @Test
    void germanHasEveryKnownObjectionWithItsValues() {
        Words.use(Locale.GERMAN);
        List<Violation> all = objections();
        Set<String> rules = new TreeSet<>();
        for (Violation v : all) {
            String german = ViolationWords.of(v);
            assertNotEquals(v.message(), german, "still English: " + v.message());
            rules.add(v.rule());
        }
        assertEquals(new TreeSet<>(List.of(RecipeValidator.NAME, RecipeValidator.NO_STEPS, RecipeValidator.NO_PRESS, RecipeValidator.MULTI_STEP,
                RecipeValidator.RELEASE_BEFORE_LOAD, RecipeValidator.RELEASE_BEFORE_EJECT, RecipeValidator.CHECKLIST, RecipeValidator.EJECT,
                RecipeValidator.PRESS_VALUES, RecipeValidator.MASS, RecipeValidator.PRESS_CAPACITY, RecipeValidator.DIE_RATING,
                RecipeValidator.RAMP_LIMIT)), rules, "the broken recipes reach every rule ViolationWords knows");
        String overDie = all.stream().filter(v -> v.rule().equals(RecipeValidator.DIE_RATING)).map(ViolationWords::of).findFirst().orElseThrow();
        assertEquals("5000 MPa (+10 Band) braucht 393,5 kN, über der Matrizen-Nennkraft von 98,1 kN (1249 MPa in dieser 10-mm-Matrize)", overDie);
        assertTrue(all.stream().map(ViolationWords::of).anyMatch(s -> s.equals("Halten muss 0 s bis 60 min sein, war 7200 s")));
    }

    @Test
    void aSentenceItDoesNotKnowStaysAsWritten() {
        Words.use(Locale.GERMAN);
        assertEquals("platen temperature must be 20–300 °C, was 400 °C", ViolationWords.of("platen temperature must be 20–300 °C, was 400 °C"));
    }
}

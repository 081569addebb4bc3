package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.density.LoadedMass;
import org.layerpress.domain.density.MaterialTable;
import org.layerpress.domain.density.PelletDensity;
import org.layerpress.domain.density.TheoreticalDensity;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestRecipes;

/** A density reading as the QA detail and the PDF say it, and the flag for one below the recipe's target. */
class DensityInTheRecordTest {

    private static final RecipeDefinition RECIPE = TestRecipes.twoLayers("Crafted bilayer",
            new PressProfile("test press", Force.of(30, ForceUnit.TONNE_FORCE), 20, Set.of(PressCapability.AUTOMATIC_RAMP_HOLD)),
            Duration.ofSeconds(3), false);
    private static final MaterialTable TABLE = new MaterialTable(Map.of("Powder A", new TheoreticalDensity("Powder A", 2.0, "test value")), Map.of());

    /** t = 14 − 13.5 = 0.5 mm; ρ = 60 / (78.5398 · 0.5) = 1.5279 g/cm³; 76.4 % of 2.0, against a 90 % target. */
    private static Map<String, String> lowReading() {
        DensityReading r = PelletDensity.of(OptionalDouble.of(14), OptionalDouble.of(13.5), Math.PI * 25, List.of(new LoadedMass("Powder A", 60)),
                TABLE, OptionalDouble.of(90));
        return DensityCodec.encode(DensityCodec.RELEASED, r);
    }

    @Test
    void theQaDetailAndThePdfSayTheReadingInOneSentenceWithTheInputsItUsed() {
        List<String> said = ValuePhrases.sentences(lowReading(), Set.of());
        assertEquals(List.of("stack after release: thickness 0.5 mm, density 1.528 g/cm³, relative density 76.4 % — BELOW TARGET 90 %"
                + " (ram from 14 mm to 13.5 mm, die area 78.5398 mm², Powder A 60 mg)"), said);
    }

    @Test
    void aReadingThatCouldNotBeMadeIsSaidInWordsWithoutANumber() {
        Map<String, String> stored = DensityCodec.encode(DensityCodec.UNDER_LOAD, new DensityReading.NotMeasured(PelletDensity.POSITION_MISSING));
        assertEquals(List.of("stack under load: not measured: position missing"), ValuePhrases.sentences(stored, Set.of()));
    }

    @Test
    void aPelletBelowTheTargetAfterReleaseIsFlaggedWithItsValueAndTheLimit() {
        BatchRecordBuilder record = BatchRecordBuilder.of(RECIPE, "B-20261125-0001").releaseValues(5, lowReading());
        List<QualityFlag> flags = QualityFlagger.flags(record.complete().run(), record.complete()::trace);
        List<QualityFlag> low = flags.stream().filter(f -> f.kind() == FlagKind.LOW_RELATIVE_DENSITY).toList();
        assertEquals(1, low.size(), flags::toString);
        assertEquals(5, low.get(0).step());
        assertEquals("76.4 %", low.get(0).value());
        assertEquals("≥ 90 %", low.get(0).limit());
        assertTrue(low.get(0).explanation().contains("0.5 mm thick, 1.5279 g/cm³"), low.get(0).explanation());
    }

    @Test
    void aPelletAtOrAboveTheTargetIsNotFlagged() {
        DensityReading fine = PelletDensity.of(OptionalDouble.of(14), OptionalDouble.of(13.5), Math.PI * 25, List.of(new LoadedMass("Powder A", 60)),
                TABLE, OptionalDouble.of(70));
        BatchRecordBuilder record = BatchRecordBuilder.of(RECIPE, "B-20261125-0002").releaseValues(5, DensityCodec.encode(DensityCodec.RELEASED, fine));
        assertTrue(QualityFlagger.flags(record.complete().run(), record.complete()::trace).stream().noneMatch(f -> f.kind() == FlagKind.LOW_RELATIVE_DENSITY));
    }
}

package org.layerpress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Mass;

/** Numbers as a record stores and prints them, and the one mass tolerance test. */
class EvidenceNumbersTest {

    @Test
    void storedTextHasAtMostFourDecimalsAndNoTrailingZeros() {
        assertEquals("60.5", EvidenceNumbers.text(60.5));
        assertEquals("120", EvidenceNumbers.text(120.0));
        assertEquals("7.854", EvidenceNumbers.text(7.853981633974483));
        assertEquals("0.1131", EvidenceNumbers.text(4.3821 - 4.269));
        assertEquals("0", EvidenceNumbers.text(0));
        assertEquals("", EvidenceNumbers.text(Double.NaN), "no value");
    }

    @Test
    void trimmedRoundsToTheDecimalsAsked() {
        assertEquals("60.46", EvidenceNumbers.trimmed(60.456, 2));
        assertEquals("2.5", EvidenceNumbers.trimmed(2.5, 3));
        assertEquals("100", EvidenceNumbers.trimmed(100, 0));
        assertEquals("2", EvidenceNumbers.trimmed(2.001, 2));
    }

    @Test
    void exportsPrintExactOrFixed() {
        assertEquals("0.0001", EvidenceNumbers.exact(1.0E-4));
        assertEquals("0", EvidenceNumbers.exact(-0.0));
        assertEquals("360.000", EvidenceNumbers.fixed(360, 3));
        assertEquals("", EvidenceNumbers.fixed(Double.POSITIVE_INFINITY, 3));
    }

    @Test
    void storedTextReadsBack() {
        assertEquals(OptionalDouble.of(60.5), EvidenceNumbers.parse("60.5"));
        assertEquals(OptionalDouble.empty(), EvidenceNumbers.parse(""));
        assertEquals(OptionalDouble.empty(), EvidenceNumbers.parse("LOT-A"));
        assertEquals(Double.NaN, EvidenceNumbers.parseOrNaN(""));
    }

    @Test
    void theToleranceIsInclusiveAndForgivesFloatNoise() {
        RecipeStep.LoadLayer load = new RecipeStep.LoadLayer("Load", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), false);
        assertEquals(true, load.accepts(62));
        assertEquals(true, load.accepts(58));
        assertEquals(true, load.accepts(60.1 + 1.9), "60.1 + 1.9 is 62.00000000000001");
        assertEquals(false, load.accepts(62.01));
        assertEquals(false, load.accepts(57.99));
    }
}

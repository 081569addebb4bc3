package org.layerpress.application.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.layerpress.domain.density.MaterialTable;

/** The material table file (docs/press-domain.md#the-material-table): what it holds and what it refuses. */
class MaterialTableFileTest {

    @Test
    void theShippedTableGivesTheTwoValuesReadInTheirSourceAndNoneForTheRest() {
        MaterialTable t = MaterialTableFile.bundled();
        // Read in Braun et al., ACS Energy Lett. 2024 (docs/press-domain.md#the-material-table): each with its doi.
        assertEquals(1.86, t.lookup("Li6PS5Cl").orElseThrow().gramsPerCubicCentimetre());
        assertEquals(2.71, t.lookup("li3incl6").orElseThrow().gramsPerCubicCentimetre());
        for (String m : new String[] {"Li6PS5Cl", "Li3InCl6"}) {
            assertTrue(t.lookup(m).orElseThrow().source().contains("doi:10.1021/acsenergylett.3c02117"), m);
        }
        // Computed from the cell tabulated in Zhou 2021 (Mercier et al. 1982): 4 · 180.034 / (0.602214 · 638.92 Å³).
        assertEquals(4 * 180.034 / (0.602214 * 13.066 * 8.015 * 6.101), t.lookup("β-Li3PS4").orElseThrow().gramsPerCubicCentimetre(), 0.005);
        for (String m : new String[] {"Li10GeP2S12 (LGPS)", "Li10GeP2S12", "Li3PS4", "cathode composite"}) {
            assertTrue(t.lookup(m).isEmpty(), m + " has no value read in a source");
            assertTrue(t.whyMissing(m).startsWith("no verified theoretical density for " + m + " ("), t.whyMissing(m));
        }
    }

    @Test
    void aValueWithItsSourceIsReadAndLookedUpWithoutCase() {
        MaterialTable t = MaterialTableFile.parse("t.yaml", """
                format: layerpress-materials/1
                materials:
                  - material: Powder A
                    density: 2.5 g/cm3
                    source: test source, doi:10.0000/test
                """);
        assertEquals(2.5, t.lookup(" powder a").orElseThrow().gramsPerCubicCentimetre());
        assertEquals("no theoretical density for Powder B in the material table", t.whyMissing("Powder B"));
    }

    @Test
    void aValueWithoutSourceOrWithoutUnitIsRefusedNamingFileLineAndKey() {
        FileProblemException noSource = assertThrows(FileProblemException.class, () -> MaterialTableFile.parse("t.yaml", """
                format: layerpress-materials/1
                materials:
                  - material: Powder A
                    density: 2.5 g/cm3
                """));
        assertEquals("materials[1].source", noSource.key(), noSource.getMessage());
        assertEquals(3, noSource.line(), noSource.getMessage());
        FileProblemException bare = assertThrows(FileProblemException.class, () -> MaterialTableFile.parse("t.yaml", """
                format: layerpress-materials/1
                materials:
                  - material: Powder A
                    unverified: nothing checked
                  - material: Powder B
                    density: 2.5
                    source: somewhere
                """));
        assertEquals("materials[2].density", bare.key(), bare.getMessage());
        assertEquals(6, bare.line(), bare.getMessage());
        assertTrue(bare.getMessage().startsWith("t.yaml:6: "), bare.getMessage());
    }
}

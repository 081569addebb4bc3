package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TraceSample;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.density.LoadedMass;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Length;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * Thickness and density of a traced two-layer batch: the real simulator over OPC UA loopback, the
 * real Milo adapter and the real H2 file. Every number is redone by hand from the record's own
 * positions, masses and die, as a reviewer would.
 */
class DensityOnSimulatorTest {

    /** Where the bare punches touch in this test's die, by the recipe; the simulator's pellet stands about 12–12.5 mm. */
    private static final double ZERO_MM = 14.0;
    private static final double TEN_MM_AREA = Math.PI * 10 * 10 / 4;

    @TempDir
    static Path dir;
    private static TestStation station;
    private static String batchId;

    @BeforeAll
    static void runBatch() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RecipeDefinition plain = TestRecipes.twoLayers("Zeroed bilayer", station.pressProfile(), Duration.ofSeconds(1), false);
        RecipeDefinition zeroed = new RecipeDefinition(plain.name(), plain.purpose(),
                plain.die().withZeroPosition(Optional.of(Length.millimetres(ZERO_MM))), plain.press(),
                plain.steps().stream().map(s -> s instanceof RecipeStep.Press p ? (RecipeStep) p.withMinRelativeDensity(OptionalDouble.of(90)) : s).toList());
        long recipe = station.approve(zeroed);
        Session olga = station.olga();
        batchId = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        pressAndRelease(olga, 4);
        station.sequencer().loadLayer(olga, 30.2, "LOT-B", Optional.empty());
        pressAndRelease(olga, 7);
    }

    private static void pressAndRelease(Session s, int pressStep) {
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("pressed", () -> station.stored(batchId).step(pressStep).state() == StepState.CONFIRMED, () -> station.sequencer().current());
        station.sequencer().release(s);
        Eventually.waitUntil("released", () -> station.stored(batchId).step(pressStep + 1).state() == StepState.CONFIRMED, () -> station.sequencer().current());
    }

    @AfterAll
    static void close() {
        station.close();
    }

    private static Map<String, String> values(int step) {
        return station.stored(batchId).step(step).values();
    }

    private static DensityReading.Measured reading(String prefix, int step) {
        DensityReading r = DensityCodec.decode(prefix, values(step)).orElseThrow(() -> new AssertionError("no " + prefix + " on step " + step + ": " + values(step)));
        return assertInstanceOf(DensityReading.Measured.class, r, r::toString);
    }

    private static double number(int step, String key) {
        return EvidenceNumbers.parse(values(step).getOrDefault(key, "")).orElseThrow(() -> new AssertionError(key + " missing on step " + step));
    }

    @Test
    void underLoadTheStackIsCountedFromTheZeroToTheRamPositionAtTheEndOfTheHold() {
        DensityReading.Measured m = reading(DensityCodec.UNDER_LOAD, 4);
        // The ram position read: the last traced sample at or before the stored end of the hold.
        List<TraceSample> samples = Trace.of(station.sequencer().trace(batchId, 4), TestStation.DIE.spec()).samples();
        double holdEnd = number(4, "holdEnd.s");
        double lastPosition = samples.stream().filter(s -> s.seconds() <= holdEnd).reduce((a, b) -> b.seconds() >= a.seconds() ? b : a)
                .orElseThrow().positionMillimetres();
        assertEquals(lastPosition, m.toMillimetres(), 1e-4, "the position is the trace's own at the end of the hold");
        assertEquals(ZERO_MM, m.fromMillimetres(), 1e-12);
        // By hand: t = zero − position; ρ = mass / (π · 10² / 4 · t), with the mass the record weighed (60.5 mg).
        double t = ZERO_MM - m.toMillimetres();
        assertEquals(t, m.thicknessMillimetres(), 1e-4);
        assertEquals(List.of(new LoadedMass("Li6PS5Cl", number(3, "mass.mg"))), m.masses());
        assertEquals(60.5 / (TEN_MM_AREA * t), m.gramsPerCubicCentimetre(), 1e-3);
        assertTrue(t > 1 && t < 2.5, "the simulator's pellet: " + t);
    }

    @Test
    void afterReleaseTheStackIsCountedToWhereTheRamSprangBackTo() {
        DensityReading.Measured m = reading(DensityCodec.RELEASED, 5);
        assertEquals(number(5, "position.after.mm"), m.toMillimetres(), 1e-12, "the release's own recorded position");
        double t = ZERO_MM - m.toMillimetres();
        assertEquals(60.5 / (TEN_MM_AREA * t), m.gramsPerCubicCentimetre(), 1e-3);
        assertTrue(m.thicknessMillimetres() > reading(DensityCodec.UNDER_LOAD, 4).thicknessMillimetres(),
                "springback: thicker after release than under load");
    }

    @Test
    void theSecondPressSumsBothWeighedLayersForTheStack() {
        DensityReading.Measured m = reading(DensityCodec.RELEASED, 8);
        double mass = number(3, "mass.mg") + number(6, "mass.mg");
        assertEquals(90.7, mass, 1e-9);
        assertEquals(mass, m.massMilligrams(), 1e-9);
        assertEquals(mass / (TEN_MM_AREA * (ZERO_MM - m.toMillimetres())), m.gramsPerCubicCentimetre(), 1e-3);
        // The layer counts from where the stack below it stood after its own release.
        Optional<DensityReading> layer = DensityCodec.decode(DensityCodec.RELEASED_LAYER, values(8));
        String from = EvidenceNumbers.text(reading(DensityCodec.RELEASED, 5).toMillimetres());
        assertTrue(layer.isPresent(), values(8)::toString);
        assertTrue(layer.get() instanceof DensityReading.Measured lm ? EvidenceNumbers.text(lm.fromMillimetres()).equals(from)
                : ((DensityReading.NotMeasured) layer.get()).why().contains("not above " + from + " mm"), layer.get()::toString);
    }

    @Test
    void theFirstLayersRelativeDensityIsItsDensityOverTheTablesLi6PS5ClValue() {
        DensityReading.Measured m = reading(DensityCodec.RELEASED, 5);
        // By hand: ρ = 60.5 mg / (π · 10² / 4 · t); the shipped table's Li6PS5Cl is 1.86 g/cm³ (Braun et al. 2024).
        double t = ZERO_MM - number(5, "position.after.mm");
        double density = 60.5 / (TEN_MM_AREA * t);
        double relative = 100 * density / 1.86;
        assertEquals(1.86, m.theoreticalGramsPerCubicCentimetre().orElseThrow(), 1e-12);
        assertEquals(relative, m.relativePercent().orElseThrow(), 1e-3);
        assertEquals("", m.relativeNote());
        assertEquals(relative, number(5, "density.released.relative.pct"), 1e-3, "the record keeps the number it showed");
        assertEquals(String.valueOf(relative < 90), values(5).get("density.released.belowTarget"), "checked against the recipe's 90 %");
    }

    @Test
    void aStackWithAMaterialTheTableDoesNotKnowSaysWhyAndFlagsNothing() {
        // The second layer is 'LGPS', a name the table does not list (it lists 'Li10GeP2S12 (LGPS)').
        DensityReading.Measured m = reading(DensityCodec.RELEASED, 8);
        assertTrue(m.relativePercent().isEmpty());
        assertEquals("relative density not computed: no theoretical density for LGPS in the material table", m.relativeNote());
        assertEquals("", values(8).get("density.released.relative.pct"), "not measured is stored as no value, never a number");
        assertEquals("false", values(8).get("density.released.belowTarget"));
    }
}

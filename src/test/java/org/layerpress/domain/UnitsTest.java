package org.layerpress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Pressure;

/** Conversions checked against the worked figures in docs/press-domain.md#unit-conversions. */
class UnitsTest {

    private static Die die(double boreMm) {
        return new Die("D", Length.millimetres(boreMm), Force.of(10, ForceUnit.TONNE_FORCE));
    }

    @Test
    void tenMillimetreDieAt360MpaNeeds28Point27KiloNewtons() {
        Force f = die(10).forceFor(Pressure.megaPascals(360));
        assertEquals(28.27, f.kiloNewtons(), 0.005);
        assertEquals(2.88, f.in(ForceUnit.TONNE_FORCE), 0.005);
    }

    @Test
    void thirteenMillimetreDieAt360MpaNeeds47Point8KiloNewtons() {
        assertEquals(47.8, die(13).forceFor(Pressure.megaPascals(360)).kiloNewtons(), 0.05);
    }

    @Test
    void twentyMillimetreDieAt360MpaNeeds11Point5Tonnes() {
        Force f = die(20).forceFor(Pressure.megaPascals(360));
        assertEquals(113, f.kiloNewtons(), 0.5);
        assertEquals(11.5, f.in(ForceUnit.TONNE_FORCE), 0.05);
    }

    @Test
    void pressureAndForceRoundTripThroughTheDieArea() {
        Die d = die(10);
        assertEquals(720, d.pressureFor(d.forceFor(Pressure.megaPascals(720))).megaPascals(), 1e-9);
        assertEquals(56.5, d.forceFor(Pressure.megaPascals(720)).kiloNewtons(), 0.05);
    }

    @Test
    void metricAndUsTonsAreDifferentUnits() {
        assertEquals(9.80665, Force.of(1, ForceUnit.TONNE_FORCE).kiloNewtons(), 1e-12);
        assertEquals(8.896443, Force.of(1, ForceUnit.US_TON_FORCE).kiloNewtons(), 1e-12);
        assertEquals(30 * 9.80665, Force.parse("30 tf").kiloNewtons(), 1e-9);
    }

    @Test
    void aForceWithoutUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Force.parse("30"));
        assertThrows(IllegalArgumentException.class, () -> Force.parse("30 tons"));
    }

    @Test
    void dieNeedsAPositiveBore() {
        assertThrows(IllegalArgumentException.class, () -> die(0));
    }
}

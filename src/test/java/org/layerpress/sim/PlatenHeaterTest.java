package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One heated platen: a first-order lag (τ 60 s) whose warming is capped at the heater's 0.3 °C/s, at most 300 °C. */
class PlatenHeaterTest {

    private static final double TAU = 60;
    private static final double AMBIENT = 25;

    private static PlatenHeater heater() {
        return new PlatenHeater(TAU, AMBIENT);
    }

    private static void run(PlatenHeater h, double setpoint, boolean powered, double seconds, double dt) {
        for (double t = 0; t < seconds - 1e-9; t += dt) {
            h.update(setpoint, powered, dt);
        }
    }

    @Test
    void aPlatenStartsAtAmbient() {
        assertEquals(AMBIENT, heater().temperature(), 0);
    }

    @Test
    void farFromTheSetpointThePlatenWarmsAtTheHeatersPowerLimit() {
        PlatenHeater h = heater();
        h.update(200, 100);
        assertEquals(AMBIENT + 0.3 * 100, h.temperature(), 1e-9, "100 s at 0.3 °C/s");
    }

    @Test
    void nearTheSetpointThePlatenCreepsInWithTheLag() {
        // The knee, where the lag asks for less than full power, is 0.3 °C/s · 60 s = 18 °C below the setpoint.
        PlatenHeater h = heater();
        h.update(120, (102 - AMBIENT) / 0.3);
        assertEquals(102, h.temperature(), 1e-9, "at the knee");
        h.update(120, TAU);
        assertEquals(120 - 18 * Math.exp(-1), h.temperature(), 1e-9, "one time constant past the knee");
    }

    @Test
    void theWarmingRateNeverExceedsThePowerLimit() {
        PlatenHeater h = heater();
        double before = h.temperature();
        for (int i = 0; i < 20_000; i++) {
            h.update(300, 0.1);
            double rate = (h.temperature() - before) / 0.1;
            assertTrue(rate <= 0.3 + 1e-9, "rate " + rate + " °C/s at " + h.temperature() + " °C");
            before = h.temperature();
        }
    }

    @Test
    void oneLongStepLandsWhereManyShortOnesDo() {
        PlatenHeater coarse = heater();
        PlatenHeater fine = heater();
        coarse.update(150, 600);
        run(fine, 150, true, 600, 0.005);
        assertEquals(fine.temperature(), coarse.temperature(), 1e-6);
    }

    @Test
    void aSetpointAboveTheMaximumIsHeldAtThreeHundredDegrees() {
        PlatenHeater h = heater();
        h.update(450, 3600);
        assertEquals(300, h.temperature(), 0.01);
        h.update(450, 3600);
        assertTrue(h.temperature() <= 300, "never above 300 °C: " + h.temperature());
    }

    @Test
    void anUnpoweredHeaterLetsThePlatenCoolToAmbientWhateverTheSetpoint() {
        PlatenHeater h = heater();
        h.update(120, 1200);
        assertEquals(120, h.temperature(), 0.1);
        h.update(120, false, TAU);
        assertEquals(AMBIENT + (120 - AMBIENT) * Math.exp(-1), h.temperature(), 0.1, "passive cooling, one time constant");
        h.update(120, false, 20 * TAU);
        assertEquals(AMBIENT, h.temperature(), 0.01);
    }

    @Test
    void aSetpointBelowAmbientOrNoNumberMeansTheHeaterIsOff() {
        PlatenHeater h = heater();
        h.update(80, 1200);
        h.update(Double.NaN, 20 * TAU);
        assertEquals(AMBIENT, h.temperature(), 0.01);
        h.update(-40, 20 * TAU);
        assertEquals(AMBIENT, h.temperature(), 0.01, "it never cools below ambient");
    }
}

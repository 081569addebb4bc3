package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.OIL_PRESSURE;
import static org.layerpress.application.press.StandardSignal.OPEN_RELEASE_VALVE;
import static org.layerpress.application.press.StandardSignal.PUMP_STROKE;
import static org.layerpress.application.press.StandardSignal.RELEASE_VALVE_OPEN;

import org.junit.jupiter.api.Test;

/** The simulated hand pump: strokes, relief valve, leak-down and release. */
class ManualPumpPressTest {

    private static final double DT = 0.005;
    /** 5 bar a stroke, relief at 100 bar, no leak, release with 0.25 s, 0.2124 kN/bar. */
    private static final ManualPumpPress.Settings NO_LEAK = new ManualPumpPress.Settings(5, 100, 0, 0.25, 0.2124, false);

    private final InMemoryPlcIo io = new InMemoryPlcIo();

    private void strokes(ManualPumpPress press, int n) {
        for (int i = 0; i < n; i++) {
            io.fire(PUMP_STROKE);
            press.scan(DT, io);
        }
    }

    private void run(ManualPumpPress press, double seconds) {
        for (double t = 0; t < seconds; t += DT) {
            press.scan(DT, io);
        }
    }

    @Test
    void eachStrokeAddsOnePressureIncrementAndTheForceFollowsTheRamArea() {
        ManualPumpPress press = new ManualPumpPress(NO_LEAK);
        strokes(press, 7);

        assertEquals(35, io.get(OIL_PRESSURE), 1e-9);
        assertEquals(35 * 0.2124, io.get(FORCE), 1e-9);
        assertEquals(7, press.strokes());
        run(press, 1);
        assertEquals(35, io.get(OIL_PRESSURE), 1e-9, "without a leak the pressure stands");
    }

    @Test
    void theReliefValveCapsThePressure() {
        ManualPumpPress press = new ManualPumpPress(NO_LEAK);
        strokes(press, 30);
        assertEquals(100, io.get(OIL_PRESSURE), 1e-9, "150 bar pumped, relief at 100");
    }

    @Test
    void thePressureLeaksDownSlowly() {
        ManualPumpPress press = new ManualPumpPress(NO_LEAK.withLeak(0.001));
        strokes(press, 16);
        double pumped = io.get(OIL_PRESSURE);
        run(press, 60);
        double lost = 1 - io.get(OIL_PRESSURE) / pumped;
        assertEquals(1 - Math.exp(-0.06), lost, 0.002, "0.1 %/s over a minute");
    }

    @Test
    void releaseOpensTheValveAndThePressureFallsToZeroUntilTheNextStrokeClosesIt() {
        ManualPumpPress press = new ManualPumpPress(NO_LEAK);
        strokes(press, 10);
        io.fire(OPEN_RELEASE_VALVE);
        run(press, 3);

        assertEquals(1, io.get(RELEASE_VALVE_OPEN));
        assertEquals(0, io.get(OIL_PRESSURE), "12 time constants later");
        strokes(press, 1);
        assertEquals(0, io.get(RELEASE_VALVE_OPEN), "the operator closed the knob to pump");
        assertEquals(5, io.get(OIL_PRESSURE), 1e-9);
    }

    @Test
    void aMappingInMegapascalIsServedInMegapascal() {
        ManualPumpPress press = new ManualPumpPress(new ManualPumpPress.Settings(5, 100, 0, 0.25, 0.2124, true));
        strokes(press, 4);
        assertEquals(2, io.get(OIL_PRESSURE), 1e-9, "20 bar is 2 MPa");
        assertTrue(press.force() > 4.2 && press.force() < 4.3, "force stays 20 bar × ram area");
    }
}

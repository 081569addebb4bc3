package org.layerpress.sim;

import static org.layerpress.application.press.StandardSignal.DOOR_CLOSED;
import static org.layerpress.application.press.StandardSignal.ESTOP_OK;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.OIL_PRESSURE;
import static org.layerpress.application.press.StandardSignal.OPEN_RELEASE_VALVE;
import static org.layerpress.application.press.StandardSignal.PUMP_STROKE;
import static org.layerpress.application.press.StandardSignal.RELEASE_VALVE_OPEN;

import org.layerpress.application.mapping.ManualPumpSpec;
import org.layerpress.application.mapping.PressMapping;

/**
 * A manual pump press's I/O as the simulator serves it (docs/plc-interface.md, "Manual pump press"):
 * no sequence, only physics. Each stroke of the hand pump (the training command {@code pumpStroke})
 * pushes oil into the cylinder and raises the pressure by one increment; a relief valve caps the
 * pressure where the press's capacity is reached, as the vendor sets it; the cylinder's seals let the
 * pressure leak down slowly, which is why an operator tops up during a long hold; opening the release
 * valve ({@code openReleaseValve}) lets the oil back to the reservoir and the pressure falls to zero.
 * The next stroke closes the valve first, as a person turns the knob shut before pumping.
 *
 * <p>Publishes the oil pressure (bar), the force when the mapping has a load cell, and the valve's
 * state; scan thread only, apart from the observation methods.
 */
public final class ManualPumpPress implements PlcProgram {

    /**
     * @param strokeBar pressure added by one pump stroke, bar
     * @param reliefBar where the relief valve opens, bar
     * @param leakFractionPerSecond fraction of the pressure lost per second through the seals
     * @param releaseSeconds time constant of the pressure falling through the open release valve
     * @param kiloNewtonsPerBar the ram area as kN per bar
     * @param megapascal whether the oil pressure is published in MPa (the mapping's unit) instead of bar
     */
    public record Settings(double strokeBar, double reliefBar, double leakFractionPerSecond, double releaseSeconds, double kiloNewtonsPerBar,
                           boolean megapascal) {

        /** The ram the simulator assumes when the mapping reads a load cell: 52 mm, 2124 mm². */
        public static final double DEFAULT_KN_PER_BAR = 0.2124;

        public Settings {
            if (!(strokeBar > 0) || !(reliefBar > strokeBar) || !(leakFractionPerSecond >= 0) || !(releaseSeconds > 0) || !(kiloNewtonsPerBar > 0)) {
                throw new IllegalArgumentException("implausible manual pump settings: " + strokeBar + ", " + reliefBar + ", "
                        + leakFractionPerSecond + ", " + releaseSeconds + ", " + kiloNewtonsPerBar);
            }
        }

        /**
         * For a mapping: its ram area (or the default), the relief valve at the press's capacity, 5 bar a
         * stroke (a 10 mm die at 360 MPa is about 25 strokes), 0.1 % a second of leak (a minute's hold
         * loses about 6 %, so a careful operator tops up once), and the release done in about a second.
         */
        public static Settings of(PressMapping mapping) {
            boolean mpa = mapping.signal(OIL_PRESSURE).map(s -> s.unit().equals("MPa")).orElse(false);
            double perUnit = mapping.manualPump().filter(ManualPumpSpec::fromOilPressure).map(ManualPumpSpec::kiloNewtonsPerUnit).orElse(Double.NaN);
            double perBar = Double.isNaN(perUnit) ? DEFAULT_KN_PER_BAR : mpa ? perUnit / 10 : perUnit;
            return new Settings(5, mapping.press().capacity().kiloNewtons() / perBar, 0.001, 0.25, perBar, mpa);
        }

        public Settings withLeak(double fractionPerSecond) {
            return new Settings(strokeBar, reliefBar, fractionPerSecond, releaseSeconds, kiloNewtonsPerBar, megapascal);
        }
    }

    private final Settings settings;
    private volatile double pressureBar;
    private volatile boolean valveOpen;
    private volatile long strokes;

    public ManualPumpPress(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void scan(double dtSeconds, PlcIo io) {
        double dt = Double.isFinite(dtSeconds) && dtSeconds > 0 ? dtSeconds : 0;
        double p = pressureBar;
        if (io.takeCommand(OPEN_RELEASE_VALVE)) {
            valveOpen = true;
        }
        if (io.takeCommand(PUMP_STROKE)) {
            valveOpen = false;
            strokes++;
            p += settings.strokeBar();
        }
        if (valveOpen) {
            p *= Math.exp(-dt / settings.releaseSeconds());
            if (p < 0.05) {
                p = 0;
            }
        } else {
            p *= Math.exp(-settings.leakFractionPerSecond() * dt);
        }
        // The relief valve spills what the stroke pushed past its set pressure.
        p = Math.min(p, settings.reliefBar());
        pressureBar = p;

        io.set(OIL_PRESSURE, settings.megapascal() ? p / 10 : p);
        io.set(FORCE, p * settings.kiloNewtonsPerBar());
        io.set(RELEASE_VALVE_OPEN, valveOpen ? 1 : 0);
        io.set(DOOR_CLOSED, 1);
        io.set(ESTOP_OK, 1);
        io.set(FAULT_CODE, 0);
    }

    /** The cylinder's oil pressure now, bar. */
    public double pressureBar() {
        return pressureBar;
    }

    /** The force the ram puts on the stack now, kN. */
    public double force() {
        return pressureBar * settings.kiloNewtonsPerBar();
    }

    public boolean releaseValveOpen() {
        return valveOpen;
    }

    /** Pump strokes taken since start-up. */
    public long strokes() {
        return strokes;
    }

    public Settings settings() {
        return settings;
    }
}

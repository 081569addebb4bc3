package org.layerpress.sim;

/**
 * One heated platen: a first-order lag toward its setpoint (time constant ≈ 60 s by default) whose
 * heating is capped by the heater's power ({@link #MAX_HEATING_CELSIUS_PER_SECOND}), starting at
 * ambient. A lab press's heated platens are heavy steel blocks: far from the setpoint the heater runs
 * flat out and the platen warms at a steady rate; close to it the controller throttles back and the
 * platen creeps in. Cooling is passive (the lag alone). A setpoint at or below ambient, or a heater
 * that is off (failed, or switched off by the PLC for an open thermocouple), lets the platen drift
 * back to ambient; a setpoint above {@link #MAX_CELSIUS} is held at it, as a PLC clamps its setpoint.
 * Used from the scan thread only.
 */
final class PlatenHeater {

    /** The hottest the simulated heater goes: the vendor range of automatic heated lab presses ends here. */
    static final double MAX_CELSIUS = 300;
    /** The heater's power as a warming rate of the platen at full power, °C/s (about 18 °C/min). */
    static final double MAX_HEATING_CELSIUS_PER_SECOND = 0.3;

    private final double timeConstantSeconds;
    private final double ambientCelsius;
    private final double maxRate;
    private double temperature;

    PlatenHeater(double timeConstantSeconds, double ambientCelsius) {
        this(timeConstantSeconds, ambientCelsius, MAX_HEATING_CELSIUS_PER_SECOND);
    }

    PlatenHeater(double timeConstantSeconds, double ambientCelsius, double maxHeatingCelsiusPerSecond) {
        if (!(timeConstantSeconds > 0) || !(maxHeatingCelsiusPerSecond > 0)) {
            throw new IllegalArgumentException("time constant and heating rate must be positive, were " + timeConstantSeconds + " s, "
                    + maxHeatingCelsiusPerSecond + " °C/s");
        }
        this.timeConstantSeconds = timeConstantSeconds;
        this.ambientCelsius = ambientCelsius;
        this.maxRate = maxHeatingCelsiusPerSecond;
        this.temperature = ambientCelsius;
    }

    /** Advances the platen by {@code dt} with the heater powered. */
    void update(double setpointCelsius, double dt) {
        update(setpointCelsius, true, dt);
    }

    /**
     * Advances the platen by {@code dt}; exact for any step length (piecewise: a straight line at the
     * power limit, then the exponential lag), so a long scan at a high time scale lands where many
     * short ones would.
     *
     * @param powered false while the heater is failed or switched off: the platen cools toward ambient
     */
    void update(double setpointCelsius, boolean powered, double dt) {
        double target = powered && Double.isFinite(setpointCelsius) ? Math.min(MAX_CELSIUS, Math.max(ambientCelsius, setpointCelsius)) : ambientCelsius;
        double left = Math.max(0, dt);
        // Below the knee the lag would ask for more than the heater's power: it warms at the limit.
        double knee = target - maxRate * timeConstantSeconds;
        if (temperature < knee) {
            double untilKnee = (knee - temperature) / maxRate;
            if (left <= untilKnee) {
                temperature += maxRate * left;
                return;
            }
            temperature = knee;
            left -= untilKnee;
        }
        temperature = target + (temperature - target) * Math.exp(-left / timeConstantSeconds);
    }

    double temperature() {
        return temperature;
    }
}

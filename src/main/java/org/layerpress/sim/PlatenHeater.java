package org.layerpress.sim;

/**
 * A heated platen as a first-order lag toward its setpoint (time constant ≈ 60 s by default),
 * starting at ambient (25 °C). It exists because warm-pressing recipes carry an optional platen
 * temperature (docs/architecture.md#the-process-model-isa-88-in-small), which the HMI is to wait for
 * and record. A setpoint below ambient means the heater is off: the platen drifts back to ambient.
 * Used from the scan thread only.
 */
final class PlatenHeater {

    private final double timeConstantSeconds;
    private final double ambientCelsius;
    private double temperature;

    PlatenHeater(double timeConstantSeconds, double ambientCelsius) {
        this.timeConstantSeconds = timeConstantSeconds;
        this.ambientCelsius = ambientCelsius;
        this.temperature = ambientCelsius;
    }

    /** Advances the platen by {@code dt}; exact for any step length (exponential, not Euler). */
    void update(double setpointCelsius, double dt) {
        double target = Double.isFinite(setpointCelsius) ? Math.max(ambientCelsius, setpointCelsius) : ambientCelsius;
        temperature = target + (temperature - target) * Math.exp(-dt / timeConstantSeconds);
    }

    double temperature() {
        return temperature;
    }
}

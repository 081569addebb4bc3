package org.layerpress.sim;

/**
 * The physics of a simulated isostatic vessel: a pump pushing the pressure medium in at a rate, a
 * vent valve letting it out at a rate, the closure seals leaking slowly (a worn or cut seal much
 * faster), a relief valve just above the rating, and for a warm isostatic press a heater that brings
 * the medium toward its setpoint along a first-order lag capped by the heater's power. Pressures in
 * MPa, temperatures in °C. Scan thread only; {@link IsostaticVesselPlc} drives it.
 */
final class VesselModel {

    /** Leak of a healthy closure: 0.05 % of the pressure a second, a few MPa over a minute's hold at 300 MPa. */
    static final double HEALTHY_LEAK_PER_SECOND = 0.0005;
    /** Leak of a failed seal: 5 % a second, more than the pump can make up at a few hundred MPa. */
    static final double SEAL_LEAK_PER_SECOND = 0.05;
    static final double AMBIENT_CELSIUS = 25;
    /** The medium's thermal lag, and the heater's power as the fastest warming it allows. */
    static final double HEAT_TIME_CONSTANT_SECONDS = 60;
    static final double MAX_WARMING_CELSIUS_PER_SECOND = 0.5;
    /** Below this the vessel counts as vented to atmosphere. */
    static final double RELEASED_BELOW_MPA = 0.1;

    private final double reliefMegaPascals;
    private double pressure;
    private double temperature = AMBIENT_CELSIUS;
    private double leakPerSecond = HEALTHY_LEAK_PER_SECOND;

    /** @param reliefMegaPascals where the relief valve opens: 5 % above the vessel's rating, as a vendor sets it */
    VesselModel(double reliefMegaPascals) {
        this.reliefMegaPascals = reliefMegaPascals;
    }

    /**
     * One scan.
     *
     * @param pumpRate how fast the pump pushes now, MPa/s (0: pump off)
     * @param ventRate how fast the vent valve lets out now, MPa/s (0: closed)
     * @param heaterSetpoint the heater's setpoint, °C (at or below ambient: off)
     */
    void step(double dt, double pumpRate, double ventRate, double heaterSetpoint) {
        double p = pressure + pumpRate * dt - ventRate * dt;
        p *= Math.exp(-leakPerSecond * dt);
        p = Math.min(p, reliefMegaPascals);
        pressure = p < 0.01 ? 0 : p;

        double goal = heaterSetpoint > AMBIENT_CELSIUS ? heaterSetpoint : AMBIENT_CELSIUS;
        double change = (goal - temperature) * (1 - Math.exp(-dt / HEAT_TIME_CONSTANT_SECONDS));
        temperature += Math.min(change, MAX_WARMING_CELSIUS_PER_SECOND * dt);
    }

    double pressure() {
        return pressure;
    }

    double temperature() {
        return temperature;
    }

    boolean released() {
        return pressure < RELEASED_BELOW_MPA;
    }

    void sealLeak(boolean failed) {
        leakPerSecond = failed ? SEAL_LEAK_PER_SECOND : HEALTHY_LEAK_PER_SECOND;
    }
}

package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.fail;
import static org.layerpress.application.press.StandardSignal.HEARTBEAT;
import static org.layerpress.application.press.StandardSignal.HOLD_TIME;
import static org.layerpress.application.press.StandardSignal.RAMP_RATE;
import static org.layerpress.application.press.StandardSignal.SETPOINT_FORCE;
import static org.layerpress.application.press.StandardSignal.START;

import java.util.Set;
import java.util.function.BooleanSupplier;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;

/**
 * Drives a {@link SimulatedPressPlc} in simulated time: 5 ms scans in a loop, an HMI heartbeat
 * ticking at 1 Hz from the first scan on (as the HMI writes its first beat on connecting; switchable),
 * no threads and no wall clock.
 */
final class PressRig {

    static final double DT = 0.005;
    /** The simulator's press (plc-mapping/simulator.yaml): 30 tf = 294.2 kN, pump max 20 kN/s. */
    static final PressProfile PROFILE = new PressProfile("test 30 t press", Force.of(30, ForceUnit.TONNE_FORCE), 20.0,
            Set.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));
    static final double CAPACITY = PROFILE.capacity().kiloNewtons();

    final InMemoryPlcIo io;
    final SimulatedPressPlc plc;
    boolean heartbeatTicking = true;
    private double time;
    private double nextBeat;

    PressRig(InMemoryPlcIo io, SimulatedPressPlc.Settings settings) {
        this.io = io;
        this.plc = new SimulatedPressPlc(PROFILE, settings);
    }

    /** Noise-free, every signal mapped. */
    static PressRig exact() {
        return new PressRig(new InMemoryPlcIo(), SimulatedPressPlc.Settings.defaults().withForceNoise(0));
    }

    void scan() {
        if (heartbeatTicking && time >= nextBeat) {
            io.write(HEARTBEAT, io.get(HEARTBEAT) + 1);
            nextBeat += 1.0;
        }
        if (!heartbeatTicking) {
            nextBeat = time + 1.0;
        }
        plc.scan(DT, io);
        time += DT;
    }

    /** One heartbeat now, as the HMI writes first thing after reconnecting; the 1 Hz ticking goes on from here. */
    void beat() {
        io.write(HEARTBEAT, io.get(HEARTBEAT) + 1);
        nextBeat = time + 1.0;
    }

    void run(double seconds) {
        long scans = Math.round(seconds / DT);
        for (long i = 0; i < scans; i++) {
            scan();
        }
    }

    /** Scans until the condition holds; @return simulated seconds it took. */
    double runUntil(BooleanSupplier condition, double maxSeconds, String what) {
        double started = time;
        while (!condition.getAsBoolean()) {
            if (time - started > maxSeconds) {
                fail("not within " + maxSeconds + " s: " + what);
            }
            scan();
        }
        return time - started;
    }

    /** Writes the step's setpoints, fires START and runs one scan. */
    void start(double setpointKiloNewtons, double rampKiloNewtonsPerSecond, double holdSeconds) {
        io.write(SETPOINT_FORCE, setpointKiloNewtons);
        io.write(RAMP_RATE, rampKiloNewtonsPerSecond);
        io.write(HOLD_TIME, holdSeconds);
        io.fire(START);
        scan();
    }

    /** Fires a command and runs one scan. */
    void command(StandardSignal command) {
        io.fire(command);
        scan();
    }

    double get(StandardSignal signal) {
        return io.get(signal);
    }

    boolean bit(StandardSignal signal) {
        return io.get(signal) != 0;
    }

    PlcState state() {
        return plc.state();
    }

    /** Starts a step and runs until it is holding. */
    void pressToHold(double setpoint, double rate, double hold) {
        start(setpoint, rate, hold);
        runUntil(() -> state() == PlcState.HOLDING, setpoint / Math.min(rate > 0 ? rate : 20, 20) + 2, "holding");
    }
}

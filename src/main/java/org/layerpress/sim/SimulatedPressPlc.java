package org.layerpress.sim;

import static org.layerpress.application.press.StandardSignal.DOOR_CLOSED;
import static org.layerpress.application.press.StandardSignal.ESTOP_OK;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.HEARTBEAT;
import static org.layerpress.application.press.StandardSignal.OIL_PRESSURE;
import static org.layerpress.application.press.StandardSignal.PRESS_STATE;
import static org.layerpress.application.press.StandardSignal.RAM_POSITION;
import static org.layerpress.application.press.StandardSignal.READY;
import static org.layerpress.application.press.StandardSignal.RELEASE;
import static org.layerpress.application.press.StandardSignal.RESET;
import static org.layerpress.application.press.StandardSignal.RUNNING;
import static org.layerpress.application.press.StandardSignal.SETPOINT_FORCE;
import static org.layerpress.application.press.StandardSignal.START;
import static org.layerpress.application.press.StandardSignal.STEP_DONE;
import static org.layerpress.application.press.StandardSignal.STOP;

import java.util.EnumSet;
import java.util.Set;
import org.layerpress.domain.press.PressProfile;

/**
 * The stand-in press PLC: an automatic ramp/hold/release sequence with interlocks, a heartbeat
 * watchdog, over-pressure protection and injectable faults, so the HMI can be developed, tested and
 * trained on without a press. The physics lives in small collaborators ({@link HydraulicAxis},
 * {@link PowderCompaction}, {@link ForceSensor}, {@link HeatedPlatens}), the sequence's transitions in
 * {@link PressCycle} and the fault latch in {@link FaultLatch}; this class is the scan: it reads the
 * inputs and commands, decides which of them act, and publishes the outputs.
 *
 * <p>It implements the PLC contract, docs/plc-interface.md, row by row (the transition table of its
 * section 3 is walked against it by {@code PlcInterfaceContractTest}): IDLE → (START) RAMPING →
 * (within 0.5 % of setpoint) HOLDING → (hold time) DONE → (RELEASE) RELEASING → (force &lt; 0.05 kN)
 * IDLE. STOP or RELEASE while pressing, and any fault, go straight to RELEASING. Setpoint, ramp rate
 * and hold time are latched at START (T17). START is accepted only while READY: idle, door closed,
 * e-stop OK, no fault latched and the HMI heartbeat fresh (T1, T3); a setpoint outside (0, capacity]
 * then latches SETPOINT_OUT_OF_RANGE and nothing else happens (T2). The heartbeat watchdog runs
 * always, so a silent HMI can neither start a cycle nor keep one going (T11).
 *
 * <p>Faults latch first-out in FAULT_CODE ({@link FaultCode}). Only RESET clears the latch, and only
 * in IDLE once the cause is gone: door closed, e-stop OK, heartbeat fresh, force below 0.05 kN, and
 * for a sensor fault the two force channels agreeing again (T14, T15). RELEASE and STOP never do
 * (T16). The sequence state is published as PRESS_STATE.
 *
 * <p>{@link ContractDeviation}s make it break chosen clauses on purpose, for tests of the checks
 * that must notice.
 *
 * <p>Threading: {@link #scan} runs on one scheduler thread. The physical inputs, the fault injection
 * methods and the getters may be called from any thread (volatile fields and an atomic hand-over).
 */
public final class SimulatedPressPlc implements PlcProgram {

    /** Force below which the press counts as unloaded, kN (task specification). */
    static final double ZERO_FORCE_KILONEWTONS = 0.05;

    /**
     * The simulator's tunables.
     *
     * @param forceNoiseKiloNewtons uniform load-cell noise amplitude (±), 0 for exact tests
     * @param seed seed of the noise generator, for repeatable traces
     * @param creepFractionPerSecond powder creep: fraction of the held force relaxed per second
     * @param topUpKiloNewtonsPerSecond the hold valve's top-up rate; a leak bigger than this sags
     * @param releaseKiloNewtonsPerSecond normal release rate
     * @param emergencyReleaseKiloNewtonsPerSecond release rate with the e-stop pressed (dump valve)
     * @param heartbeatTimeoutSeconds the HMI heartbeat watchdog: how long the heartbeat may stay unchanged and still count as fresh
     * @param ramDiameterMillimetres hydraulic ram bore, for oil pressure = force / ram area
     * @param platenTimeConstantSeconds heated platen's first-order time constant
     * @param ambientCelsius platen temperature with the heater off
     */
    public record Settings(double forceNoiseKiloNewtons, long seed, double creepFractionPerSecond,
            double topUpKiloNewtonsPerSecond, double releaseKiloNewtonsPerSecond,
            double emergencyReleaseKiloNewtonsPerSecond, double heartbeatTimeoutSeconds,
            double ramDiameterMillimetres, double platenTimeConstantSeconds, double ambientCelsius) {

        public Settings {
            requireAtLeastZero("forceNoiseKiloNewtons", forceNoiseKiloNewtons);
            requireAtLeastZero("creepFractionPerSecond", creepFractionPerSecond);
            requirePositive("topUpKiloNewtonsPerSecond", topUpKiloNewtonsPerSecond);
            requirePositive("releaseKiloNewtonsPerSecond", releaseKiloNewtonsPerSecond);
            requirePositive("emergencyReleaseKiloNewtonsPerSecond", emergencyReleaseKiloNewtonsPerSecond);
            requirePositive("heartbeatTimeoutSeconds", heartbeatTimeoutSeconds);
            requirePositive("ramDiameterMillimetres", ramDiameterMillimetres);
            requirePositive("platenTimeConstantSeconds", platenTimeConstantSeconds);
            if (!Double.isFinite(ambientCelsius)) {
                throw new IllegalArgumentException("ambientCelsius must be finite, was " + ambientCelsius);
            }
        }

        /**
         * Defaults: ±0.01 kN noise; creep 0.3 %/s; top-up 1 kN/s; release 30 kN/s, e-stop dump
         * 150 kN/s; heartbeat timeout 3.0 s; platen τ = 60 s at 25 °C ambient (task specification,
         * not measured values). Ram bore 75 mm (4418 mm²) is the simulator's choice: it puts a 30 t
         * (294 kN) press at ≈ 666 bar at capacity, inside the 0–700 bar oil-pressure range used in
         * plc-mapping/s7-1500-db-hmi.yaml (F = p_oil · A_ram, docs/press-domain.md#unit-conversions).
         */
        public static Settings defaults() {
            return new Settings(0.01, 20250101L, 0.003, 1.0, 30.0, 150.0, 3.0, 75.0, 60.0, 25.0);
        }

        public Settings withForceNoise(double kiloNewtons) {
            return new Settings(kiloNewtons, seed, creepFractionPerSecond, topUpKiloNewtonsPerSecond, releaseKiloNewtonsPerSecond,
                    emergencyReleaseKiloNewtonsPerSecond, heartbeatTimeoutSeconds, ramDiameterMillimetres, platenTimeConstantSeconds, ambientCelsius);
        }

        public Settings withSeed(long newSeed) {
            return new Settings(forceNoiseKiloNewtons, newSeed, creepFractionPerSecond, topUpKiloNewtonsPerSecond, releaseKiloNewtonsPerSecond,
                    emergencyReleaseKiloNewtonsPerSecond, heartbeatTimeoutSeconds, ramDiameterMillimetres, platenTimeConstantSeconds, ambientCelsius);
        }

        /** The HMI heartbeat watchdog time (the contract allows 2.5 to 10 s; 3 s by default). */
        public Settings withHeartbeatTimeoutSeconds(double seconds) {
            return new Settings(forceNoiseKiloNewtons, seed, creepFractionPerSecond, topUpKiloNewtonsPerSecond, releaseKiloNewtonsPerSecond,
                    emergencyReleaseKiloNewtonsPerSecond, seconds, ramDiameterMillimetres, platenTimeConstantSeconds, ambientCelsius);
        }

        public Settings withCreepFractionPerSecond(double fraction) {
            return new Settings(forceNoiseKiloNewtons, seed, fraction, topUpKiloNewtonsPerSecond, releaseKiloNewtonsPerSecond,
                    emergencyReleaseKiloNewtonsPerSecond, heartbeatTimeoutSeconds, ramDiameterMillimetres, platenTimeConstantSeconds, ambientCelsius);
        }

        /** Ram area in mm². */
        double ramAreaSquareMillimetres() {
            return Math.PI * ramDiameterMillimetres * ramDiameterMillimetres / 4;
        }

        private static void requireAtLeastZero(String name, double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
            }
        }

        private static void requirePositive(String name, double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
            }
        }
    }

    private final double capacity;
    private final double pumpMaxRate;
    private final Settings settings;
    private final Faults faults = new Faults();
    private final HydraulicAxis axis;
    private final PowderCompaction compaction = new PowderCompaction();
    private final ForceSensor sensor;
    private final HeatedPlatens platens;
    private final HeartbeatWatchdog watchdog;
    private final SensorPlausibility plausibility;
    private final PressCycle cycle;
    private final FaultLatch latch;
    private volatile Set<ContractDeviation> deviations = Set.of();

    private volatile boolean doorClosed = true;
    private volatile boolean estopOk = true;
    private volatile double realForce;

    public SimulatedPressPlc(PressProfile profile) {
        this(profile, Settings.defaults());
    }

    public SimulatedPressPlc(PressProfile profile, Settings settings) {
        this.capacity = profile.capacity().kiloNewtons();
        this.pumpMaxRate = profile.maxRampKiloNewtonsPerSecond();
        this.settings = settings;
        this.axis = new HydraulicAxis(settings.creepFractionPerSecond(), settings.topUpKiloNewtonsPerSecond());
        this.sensor = new ForceSensor(settings.forceNoiseKiloNewtons(), settings.seed());
        this.platens = new HeatedPlatens(settings.platenTimeConstantSeconds(), settings.ambientCelsius(), faults);
        this.watchdog = new HeartbeatWatchdog(settings.heartbeatTimeoutSeconds());
        this.plausibility = new SensorPlausibility(capacity);
        this.cycle = new PressCycle(axis, faults, settings, capacity, pumpMaxRate);
        this.latch = new FaultLatch(cycle, axis, sensor, plausibility, capacity);
    }

    // ---- physical inputs (any thread) ----

    public void setDoorClosed(boolean closed) {
        doorClosed = closed;
    }

    public void setEstopOk(boolean ok) {
        estopOk = ok;
    }

    // ---- fault injection (any thread) ----

    /** Adds an oil leak of this many kN/s, acting during hold and done. */
    public void injectLeak(double kiloNewtonsPerSecond) {
        faults.injectLeak(kiloNewtonsPerSecond);
    }

    public void clearLeak() {
        faults.clearLeak();
    }

    /** Freezes (or unfreezes) the published load-cell reading; the real force goes on. */
    public void setForceSensorStuck(boolean stuck) {
        faults.setForceSensorStuck(stuck);
    }

    /** Adds {@code extraKiloNewtons} to the real and measured force for {@code durationSeconds}, from the next scan. */
    public void injectOverPressureSpike(double extraKiloNewtons, double durationSeconds) {
        faults.injectOverPressureSpike(extraKiloNewtons, durationSeconds);
    }

    /** Latches {@code code} at the next scan as if the PLC had found it (training); RESET clears it as any other. */
    public void injectPlcFault(FaultCode code) {
        faults.injectPlcFault(code);
    }

    /** A platen's heater circuit fails (true) or is repaired: the platen cools, {@code heaterFault} is 1. */
    public void setHeaterFailed(Platen platen, boolean failed) {
        faults.setHeaterFailed(platen, failed);
    }

    /** A platen's thermocouple opens (true) or is replaced: its reading is NaN with quality Bad, its heater off. */
    public void setThermocoupleOpen(Platen platen, boolean open) {
        faults.setThermocoupleOpen(platen, open);
    }

    // ---- deliberate contract deviations (any thread) ----

    @Override
    public void deviateFrom(Set<ContractDeviation> clauses) {
        deviations = clauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clauses));
    }

    private boolean deviates(ContractDeviation d) {
        return deviations.contains(d);
    }

    // ---- observation (any thread) ----

    public PlcState state() {
        return cycle.state();
    }

    /** The force the stack really feels, kN (what the load cell would show if it were perfect). */
    public double realForce() {
        return realForce;
    }

    public FaultCode faultCode() {
        return latch.code();
    }

    /** A platen's real temperature, °C (what a perfect thermocouple would read). */
    public double platenTemperature(Platen platen) {
        return platens.temperature(platen);
    }

    /** The press capacity the PLC protects, kN. */
    public double capacityKiloNewtons() {
        return capacity;
    }

    // ---- the scan (scheduler thread only) ----

    @Override
    public void scan(double dtSeconds, PlcIo io) {
        scan(dtSeconds, dtSeconds, io);
    }

    /** As {@link #scan(double, PlcIo)}, with the heartbeat watchdog on the wall clock (the HMI beats in wall time). */
    @Override
    public void scan(double dtSeconds, double wallSeconds, PlcIo io) {
        double dt = Double.isFinite(dtSeconds) && dtSeconds > 0 ? dtSeconds : 0;
        double wallDt = Double.isFinite(wallSeconds) && wallSeconds > 0 ? wallSeconds : 0;
        boolean door = doorClosed;
        boolean estop = estopOk;
        double heartbeat = io.get(HEARTBEAT);
        boolean stop = io.takeCommand(STOP);
        boolean release = io.takeCommand(RELEASE);
        boolean start = io.takeCommand(START);
        boolean reset = io.takeCommand(RESET);

        watchdog.update(heartbeat, wallDt);
        boolean fresh = watchdog.fresh() || deviates(ContractDeviation.HEARTBEAT_WATCHDOG_OFF);
        latch.supervise(door, estop, fresh);
        if (stop || release) {
            releaseOrAcknowledge(door, estop);
        }
        if (reset && !deviates(ContractDeviation.RESET_IGNORED)) {
            latch.reset(door, estop, fresh);
        }
        if (start && !stop) {
            tryStart(io, ready(door, estop, fresh));
        }
        if (cycle.state().pressing() && deviates(ContractDeviation.SETPOINTS_READ_LIVE)) {
            cycle.latchSetpoints(io);
        }

        FaultCode injected = faults.takePlcFault();
        if (injected != null) {
            latch.inject(injected);
        }
        Faults.Spike spike = faults.takeSpike();
        if (spike != null) {
            axis.addSpike(spike.extraKiloNewtons(), spike.durationSeconds());
        }
        double creepRelaxed = cycle.step(dt);
        double force = axis.force();
        double measured = sensor.read(force, faults.forceSensorStuck());
        latch.protect(measured, force, dt);
        compaction.update(force, creepRelaxed);
        axis.advanceSpike(dt);
        realForce = force;

        io.set(FORCE, measured);
        io.set(RAM_POSITION, compaction.ramPosition());
        io.set(DOOR_CLOSED, bit(door));
        io.set(ESTOP_OK, bit(estop));
        io.set(READY, bit(ready(door, estop, fresh)));
        io.set(PRESS_STATE, cycle.state().code());
        io.set(RUNNING, bit(cycle.state().running()));
        io.set(STEP_DONE, bit(cycle.stepDone()));
        io.set(FAULT_CODE, latch.code().code());
        platens.scan(dt, io);
        if (io.has(OIL_PRESSURE)) {
            // p [bar] = F [N] / A [mm²] · 10 (1 MPa = 10 bar); F = p_oil · A_ram (docs/press-domain.md#unit-conversions).
            io.set(OIL_PRESSURE, force * 1000 / settings.ramAreaSquareMillimetres() * 10);
        }
    }

    /** READY: START would be accepted now (the contract's section 2). */
    private boolean ready(boolean door, boolean estop, boolean fresh) {
        return cycle.state() == PlcState.IDLE && door && estop && latch.code() == FaultCode.NONE && fresh;
    }

    /** RELEASE or STOP: releases a cycle (T6, T7); in IDLE it does nothing, a fault stays latched (T16). */
    private void releaseOrAcknowledge(boolean door, boolean estop) {
        if (cycle.state().pressing()) {
            cycle.release();
        } else if (deviates(ContractDeviation.RELEASE_ACKNOWLEDGES_FAULTS)) {
            latch.acknowledgeByRelease(door, estop);
        }
    }

    /** START while READY (else ignored, T3): a setpoint in range starts a cycle (T1), one outside latches fault 5 (T2). */
    private void tryStart(PlcIo io, boolean ready) {
        if (!ready) {
            return;
        }
        double requested = io.get(SETPOINT_FORCE);
        if (!(requested > 0 && requested <= capacity)) {
            latch.refuseSetpoint();
            return;
        }
        plausibility.reset();
        cycle.start(io);
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }
}

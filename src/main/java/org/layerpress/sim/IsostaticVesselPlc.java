package org.layerpress.sim;

import static org.layerpress.application.press.StandardSignal.ESTOP_OK;
import static org.layerpress.application.press.StandardSignal.FAIL_VESSEL_HEATER;
import static org.layerpress.application.press.StandardSignal.REPAIR_VESSEL_HEATER;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.HEARTBEAT;
import static org.layerpress.application.press.StandardSignal.LID_LOCKED;
import static org.layerpress.application.press.StandardSignal.LOCK_LID;
import static org.layerpress.application.press.StandardSignal.PRESSURE_RELEASED;
import static org.layerpress.application.press.StandardSignal.PRESS_STATE;
import static org.layerpress.application.press.StandardSignal.READY;
import static org.layerpress.application.press.StandardSignal.RELEASE;
import static org.layerpress.application.press.StandardSignal.RESET;
import static org.layerpress.application.press.StandardSignal.RUNNING;
import static org.layerpress.application.press.StandardSignal.START;
import static org.layerpress.application.press.StandardSignal.STOP;
import static org.layerpress.application.press.StandardSignal.UNLOCK_LID;
import static org.layerpress.application.press.StandardSignal.VESSEL_PRESSURE;
import static org.layerpress.application.press.StandardSignal.VESSEL_PRESSURE_RATE;
import static org.layerpress.application.press.StandardSignal.VESSEL_PRESSURE_SETPOINT;
import static org.layerpress.application.press.StandardSignal.VESSEL_HEATER_FAULT;
import static org.layerpress.application.press.StandardSignal.VESSEL_RELEASE_RATE;
import static org.layerpress.application.press.StandardSignal.VESSEL_TEMPERATURE;
import static org.layerpress.application.press.StandardSignal.VESSEL_TEMPERATURE_SETPOINT;

import java.util.Set;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.VesselSpec;

/**
 * An isostatic vessel's PLC as the simulator serves it (docs/plc-interface.md section 12): a
 * sequence IDLE → PRESSURISING → HOLDING → DEPRESSURISING → IDLE started by {@code start}, held
 * (the pump tops up against the leak) until {@code release} or {@code stop}, and vented at the latched
 * rate. The lid is the vessel's guard door: no start unless it is locked, the training command that
 * unlocks it is refused until the vessel is vented, and a lock switch that opens under pressure
 * latches fault 1 and vents. Over the rating it latches fault 4 and vents. Scan thread only, apart
 * from the observation and fault-injection methods.
 */
public final class IsostaticVesselPlc implements PlcProgram {

    /** The sequence state; the numbers are the contract's {@code pressState}. */
    public enum State {
        IDLE(1), PRESSURISING(2), HOLDING(3), DEPRESSURISING(5);

        private final int code;

        State(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /**
     * @param ratingMegaPascals the vessel's rated working pressure: a start above it latches fault 5, a reading above it fault 4
     * @param maxRate the pump's fastest rate and the fastest vent, MPa/s
     * @param maxCelsius the heater setpoint's clamp (WIP); NaN on a cold vessel (the heater is off)
     */
    public record Settings(double ratingMegaPascals, double maxRate, double maxCelsius, double heartbeatTimeoutSeconds) {

        public Settings {
            if (!(ratingMegaPascals > 0) || !(maxRate > 0) || !(heartbeatTimeoutSeconds > 0)) {
                throw new IllegalArgumentException("implausible vessel settings: " + ratingMegaPascals + " MPa, " + maxRate + " MPa/s");
            }
        }

        /** For a mapping's {@code vessel:} section, with the contract's 3 s heartbeat watchdog. */
        public static Settings of(PressMapping mapping) {
            VesselSpec v = mapping.vessel().orElseThrow(() -> new IllegalArgumentException(mapping.source() + " has no vessel section"));
            return new Settings(v.maxPressureMegaPascals(), v.maxRateMegaPascalsPerSecond(),
                    v.maxTemperature().map(t -> t.celsius()).orElse(Double.NaN), 3);
        }
    }

    /** The pump's in-position band: within it the pressurisation is done and the hold begins (0.5 % of the setpoint, at least 0.2 MPa). */
    public static double band(double setpoint) {
        return Math.max(0.005 * setpoint, 0.2);
    }

    private final Settings settings;
    private final VesselModel vessel;
    private final HeartbeatWatchdog watchdog;
    private volatile State state = State.IDLE;
    private volatile FaultCode fault = FaultCode.NONE;
    private volatile boolean lidLocked = true;
    private volatile boolean lidSwitchFailed;
    private volatile boolean estopOk = true;
    private volatile boolean sealLeak;
    private volatile boolean pumpRunaway;
    private volatile boolean heaterFailed;
    private volatile boolean heaterSilentlyOff;
    private volatile double heaterSeen;
    private volatile Set<ContractDeviation> deviations = Set.of();
    private double setpoint;
    private double pressRate;
    private double ventRate;

    public IsostaticVesselPlc(Settings settings) {
        this.settings = settings;
        this.vessel = new VesselModel(settings.ratingMegaPascals() * 1.05);
        this.watchdog = new HeartbeatWatchdog(settings.heartbeatTimeoutSeconds());
    }

    @Override
    public void scan(double dtSeconds, PlcIo io) {
        scan(dtSeconds, dtSeconds, io);
    }

    @Override
    public void scan(double dtSeconds, double wallSeconds, PlcIo io) {
        double dt = Double.isFinite(dtSeconds) && dtSeconds > 0 ? dtSeconds : 0;
        watchdog.update(io.get(HEARTBEAT), Double.isFinite(wallSeconds) && wallSeconds > 0 ? wallSeconds : 0);
        boolean fresh = watchdog.fresh();
        operateLid(io);
        if (io.takeCommand(FAIL_VESSEL_HEATER)) {
            heaterFailed = true;
        }
        if (io.takeCommand(REPAIR_VESSEL_HEATER)) {
            heaterFailed = false;
        }
        boolean lid = lidLocked && !lidSwitchFailed;
        boolean start = io.takeCommand(START);
        boolean release = io.takeCommand(RELEASE);
        boolean stop = io.takeCommand(STOP);
        boolean reset = io.takeCommand(RESET);

        supervise(lid, fresh);
        if ((release || stop) && state != State.IDLE && state != State.DEPRESSURISING) {
            vent(release ? io.get(VESSEL_RELEASE_RATE) : settings.maxRate());
        }
        if (deviations.contains(ContractDeviation.SETPOINTS_READ_LIVE) && (state == State.PRESSURISING || state == State.HOLDING)) {
            setpoint = Math.max(0, Math.min(io.get(VESSEL_PRESSURE_SETPOINT), settings.ratingMegaPascals()));
        }
        if (reset && !deviations.contains(ContractDeviation.RESET_IGNORED) && state == State.IDLE && lid && estopOk && fresh && vessel.released()) {
            fault = FaultCode.NONE;
        }
        if (start && state == State.IDLE && ready(lid, fresh)) {
            start(io);
        }
        vessel.sealLeak(sealLeak);
        vessel.step(dt, pumpRate(), state == State.DEPRESSURISING ? ventRate : 0, heaterSetpoint(io));
        advance();
        publish(io, lid, fresh);
    }

    /** The training nodes: the operator's hand on the lid. The lock is interlocked with the vent: it does not open under pressure. */
    private void operateLid(PlcIo io) {
        if (io.takeCommand(LOCK_LID)) {
            lidLocked = true;
        }
        if (io.takeCommand(UNLOCK_LID) && state == State.IDLE && vessel.released()) {
            lidLocked = false;
        }
    }

    private void supervise(boolean lid, boolean fresh) {
        boolean pressurised = state != State.IDLE || !vessel.released();
        if (!lid && pressurised) {
            trip(FaultCode.DOOR_OPENED);
        } else if (!estopOk) {
            trip(FaultCode.ESTOP);
        } else if (!fresh && state != State.IDLE && state != State.DEPRESSURISING) {
            trip(FaultCode.HEARTBEAT_LOST);
        }
        if (vessel.pressure() > settings.ratingMegaPascals()) {
            pumpRunaway = false;
            trip(FaultCode.OVER_PRESSURE);
        }
    }

    /** First fault out; the vessel vents at the fastest rate. */
    private void trip(FaultCode code) {
        if (fault == FaultCode.NONE) {
            fault = code;
        }
        if (state != State.IDLE || !vessel.released()) {
            vent(settings.maxRate());
        }
    }

    private boolean ready(boolean lid, boolean fresh) {
        return state == State.IDLE && lid && estopOk && fresh && fault == FaultCode.NONE;
    }

    private void start(PlcIo io) {
        double asked = io.get(VESSEL_PRESSURE_SETPOINT);
        if (!(asked > 0) || asked > settings.ratingMegaPascals()) {
            fault = FaultCode.SETPOINT_OUT_OF_RANGE;
            return;
        }
        setpoint = asked;
        pressRate = clampRate(io.get(VESSEL_PRESSURE_RATE));
        state = State.PRESSURISING;
    }

    private void vent(double rate) {
        ventRate = clampRate(rate);
        state = State.DEPRESSURISING;
    }

    private double clampRate(double asked) {
        return asked > 0 && asked <= settings.maxRate() ? asked : settings.maxRate();
    }

    /** The pump runs while pressurising and tops up in the hold once the pressure is below the band. */
    private double pumpRate() {
        if (pumpRunaway && state != State.DEPRESSURISING) {
            return settings.maxRate();
        }
        return switch (state) {
            case PRESSURISING -> Math.min(pressRate, Math.max(0, setpoint - vessel.pressure()) * 20);
            case HOLDING -> vessel.pressure() < setpoint - band(setpoint) / 2 ? Math.min(pressRate, (setpoint - vessel.pressure()) * 20) : 0;
            default -> 0;
        };
    }

    private double heaterSetpoint(PlcIo io) {
        // A failed heater is switched off by the PLC, whatever the setpoint says.
        if (heaterFailed || heaterSilentlyOff || Double.isNaN(settings.maxCelsius()) || !io.has(VESSEL_TEMPERATURE_SETPOINT)) {
            return 0;
        }
        heaterSeen = Math.min(io.get(VESSEL_TEMPERATURE_SETPOINT), settings.maxCelsius());
        return heaterSeen;
    }

    private void advance() {
        if (state == State.PRESSURISING && vessel.pressure() >= setpoint - band(setpoint)) {
            state = State.HOLDING;
        } else if (state == State.DEPRESSURISING && vessel.released()) {
            state = State.IDLE;
        }
    }

    private void publish(PlcIo io, boolean lid, boolean fresh) {
        io.set(VESSEL_PRESSURE, vessel.pressure());
        io.set(VESSEL_TEMPERATURE, vessel.temperature());
        io.set(VESSEL_HEATER_FAULT, heaterFailed ? 1 : 0);
        io.set(LID_LOCKED, lid ? 1 : 0);
        io.set(PRESSURE_RELEASED, vessel.released() ? 1 : 0);
        io.set(ESTOP_OK, estopOk ? 1 : 0);
        io.set(FAULT_CODE, fault.code());
        io.set(READY, ready(lid, fresh) ? 1 : 0);
        io.set(RUNNING, state != State.IDLE ? 1 : 0);
        io.set(PRESS_STATE, state.code());
    }

    /**
     * Breaks chosen clauses of the vessel's contract, for the conformance check's tests: setpoints read
     * while pressurising and holding instead of latched at start, and a reset that clears nothing.
     */
    @Override
    public void deviateFrom(Set<ContractDeviation> clauses) {
        deviations = Set.copyOf(clauses);
    }

    /** A worn or cut closure seal: the vessel leaks faster than the pump can make up at high pressure. */
    public void setSealLeak(boolean leaking) {
        sealLeak = leaking;
    }

    /** A pump that keeps running past its setpoint (a failed pressure regulator): the PLC's over-pressure check must catch it. */
    public void injectPumpRunaway() {
        pumpRunaway = true;
    }

    /** The vessel's heater circuit fails (WIP): the PLC switches it off and raises vesselHeaterFault until it is repaired (false). */
    public void setHeaterFailed(boolean failed) {
        heaterFailed = failed;
    }

    /**
     * The heater stops heating without the PLC noticing (a contactor that drops out, a heater element
     * gone open on a PLC without current monitoring): no fault is raised and the medium cools. The HMI
     * can only see it in the medium's temperature.
     */
    public void setHeaterSilentlyOff(boolean off) {
        heaterSilentlyOff = off;
    }

    /** The heater setpoint the PLC last used, clamped to its maximum (0: off); for tests of what the HMI wrote. */
    public double heaterSetpointSeen() {
        return heaterSeen;
    }

    /** The lid's lock switch opens (a failed switch or a forced lock), whatever the interlock says. */
    public void setLidSwitchFailed(boolean failed) {
        lidSwitchFailed = failed;
    }

    public void setEstopOk(boolean ok) {
        estopOk = ok;
    }

    public State state() {
        return state;
    }

    public FaultCode fault() {
        return fault;
    }

    public double pressure() {
        return vessel.pressure();
    }

    public double temperature() {
        return vessel.temperature();
    }

    public boolean lidLocked() {
        return lidLocked && !lidSwitchFailed;
    }

    public Settings settings() {
        return settings;
    }
}

package org.layerpress.application.press;

import java.util.Arrays;
import java.util.Optional;

/**
 * The logical signals every press mapping speaks (docs/press-domain.md#what-a-lab-press-plc-exposes). Each mapping
 * file binds these names to NodeIds; the rest of the HMI never sees a NodeId.
 */
public enum StandardSignal {
    FORCE("force", SignalKind.INPUT, true, 5),
    RAM_POSITION("ramPosition", SignalKind.INPUT, true, 5),
    DOOR_CLOSED("doorClosed", SignalKind.INPUT, true, 100),
    ESTOP_OK("estopOk", SignalKind.INPUT, true, 100),
    READY("ready", SignalKind.INPUT, true, 100),
    RUNNING("running", SignalKind.INPUT, true, 100),
    STEP_DONE("stepDone", SignalKind.INPUT, true, 100),
    FAULT_CODE("faultCode", SignalKind.INPUT, true, 100),
    SETPOINT_FORCE("setpointForce", SignalKind.SETPOINT, true, 100),
    RAMP_RATE("rampRate", SignalKind.SETPOINT, true, 100),
    HOLD_TIME("holdTime", SignalKind.SETPOINT, true, 100),
    HEARTBEAT("heartbeat", SignalKind.SETPOINT, true, 100),
    START("start", SignalKind.COMMAND, true, 100),
    RELEASE("release", SignalKind.COMMAND, true, 100),
    STOP("stop", SignalKind.COMMAND, true, 100),
    /** The top heated platen's thermocouple, °C; NaN with quality Bad when the thermocouple is open. */
    PLATEN_TEMPERATURE_TOP("platenTemperatureTop", SignalKind.INPUT, false, 100),
    /** The bottom heated platen's thermocouple, °C; NaN with quality Bad when the thermocouple is open. */
    PLATEN_TEMPERATURE_BOTTOM("platenTemperatureBottom", SignalKind.INPUT, false, 100),
    /** One setpoint for both platens, °C; at or below ambient the heaters are off. */
    PLATEN_TEMPERATURE_SETPOINT("platenTemperatureSetpoint", SignalKind.SETPOINT, false, 100),
    /** 1 while a platen's heater is switched off by the PLC: heater circuit failed or its thermocouple open. */
    HEATER_FAULT("heaterFault", SignalKind.INPUT, false, 100),
    /**
     * The hydraulic oil pressure, bar. On a manual pump press it is the transducer the HMI reads the
     * load from (force = pressure × ram area, the mapping's {@code manualPump} section); sampled at
     * 20 ms so the pumping and the hold are traced at 50 Hz.
     */
    OIL_PRESSURE("oilPressure", SignalKind.INPUT, false, 20),
    /** An isostatic vessel's pressure, MPa (docs/plc-interface.md section 12); sampled at 20 ms for the record. */
    VESSEL_PRESSURE("vesselPressure", SignalKind.INPUT, false, 20),
    /** An isostatic vessel's medium temperature, °C (WIP only); NaN with quality Bad when its thermocouple is open. */
    VESSEL_TEMPERATURE("vesselTemperature", SignalKind.INPUT, false, 100),
    /** 1 while the vessel's lid (closure) is locked: the vessel's guard door. */
    LID_LOCKED("lidLocked", SignalKind.INPUT, false, 100),
    /** 1 while the vessel is vented to atmosphere: the interlock before the lid may be unlocked. */
    PRESSURE_RELEASED("pressureReleased", SignalKind.INPUT, false, 100),
    /** The vessel pressure to pressurise to and hold, MPa; latched by the PLC at start↑. */
    VESSEL_PRESSURE_SETPOINT("vesselPressureSetpoint", SignalKind.SETPOINT, false, 100),
    /** How fast to pressurise, MPa/s; latched at start↑. */
    VESSEL_PRESSURE_RATE("vesselPressureRate", SignalKind.SETPOINT, false, 100),
    /** How fast to depressurise, MPa/s; latched at release↑ (decompression limit of the bag and sample). */
    VESSEL_RELEASE_RATE("vesselReleaseRate", SignalKind.SETPOINT, false, 100),
    /** The vessel's heater setpoint, °C (WIP only); read live, at or below ambient the heater is off. */
    VESSEL_TEMPERATURE_SETPOINT("vesselTemperatureSetpoint", SignalKind.SETPOINT, false, 100),
    /** 1 while the vessel's heater is switched off by the PLC because it failed (WIP only): the medium cools from then on. */
    VESSEL_HEATER_FAULT("vesselHeaterFault", SignalKind.INPUT, false, 100),
    /** The PLC's alive counter, incremented at least every 100 ms; the HMI notices a silent PLC by it. */
    PLC_ALIVE("plcAlive", SignalKind.INPUT, false, 20),
    /** The PLC's sequence state as a number: 1 IDLE, 2 RAMPING, 3 HOLDING, 4 DONE, 5 RELEASING. */
    PRESS_STATE("pressState", SignalKind.INPUT, false, 100),
    /** Clears a latched fault when its cause is gone; release and stop never do. */
    RESET("reset", SignalKind.COMMAND, false, 100),
    /** A manual pump press's release valve: 1 while it is open (the ram can go down, no pressure builds). */
    RELEASE_VALVE_OPEN("releaseValveOpen", SignalKind.INPUT, false, 100),
    /**
     * Simulator only (training and tests): one stroke of the simulated hand pump. A real manual press
     * has the operator's arm instead, and its mapping leaves this out.
     */
    PUMP_STROKE("pumpStroke", SignalKind.COMMAND, false, 100),
    /**
     * Simulator only (training and tests): the simulated operator turns the release valve open; the
     * next pump stroke turns it shut again first, as a person closes the knob before pumping.
     */
    OPEN_RELEASE_VALVE("openReleaseValve", SignalKind.COMMAND, false, 100),
    /** Simulator only (training and tests): the simulated operator turns the lid's lock open. */
    UNLOCK_LID("unlockLid", SignalKind.COMMAND, false, 100),
    /** Simulator only (training and tests): the simulated operator closes and locks the lid. */
    LOCK_LID("lockLid", SignalKind.COMMAND, false, 100),
    /** Simulator only (training and tests): the simulated vessel's heater circuit fails; the PLC switches it off and raises vesselHeaterFault. */
    FAIL_VESSEL_HEATER("failVesselHeater", SignalKind.COMMAND, false, 100),
    /** Simulator only (training and tests): the simulated vessel's heater is repaired; vesselHeaterFault falls. */
    REPAIR_VESSEL_HEATER("repairVesselHeater", SignalKind.COMMAND, false, 100);

    private final String key;
    private final SignalKind kind;
    private final boolean required;
    private final int defaultSamplingMillis;

    StandardSignal(String key, SignalKind kind, boolean required, int defaultSamplingMillis) {
        this.key = key;
        this.kind = kind;
        this.required = required;
        this.defaultSamplingMillis = defaultSamplingMillis;
    }

    /** The name used in mapping files and on screens' diagnostics. */
    public String key() {
        return key;
    }

    public SignalKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /**
     * Force and position are sampled every 5 ms by default: at 20 ms the server's sampler kept only
     * ~46 % of a 100 Hz force signal, at 5 ms 99.9 % (docs/batch-run.md). The PLC's alive counter
     * is sampled at 20 ms, so a change (and the HMI's "PLC has seen me") shows within a few scans;
     * status bits at 100 ms.
     */
    public int defaultSamplingMillis() {
        return defaultSamplingMillis;
    }

    public static Optional<StandardSignal> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}

package org.layerpress.sim;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.training.TrainingFault;
import org.layerpress.application.training.TrainingFault.Kind;
import org.layerpress.application.training.TrainingPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training port on a running simulator: each fault reaches the PLC program as a test's hand would
 * (door and e-stop inputs, the fault injections, the vessel's lid nodes), and a link drop stops the OPC UA
 * server while the PLC scans on, then starts it again on the same port after the time given (the HMI's
 * reconnect loop finds it back). Which faults are offered follows the program and the mapping: an automatic
 * press has a door, an e-stop, a leak, a stuck sensor, a spike and PLC faults, heated platens add their heater
 * and thermocouple, a vessel has its e-stop and lid, and every press can lose its link.
 */
public final class SimulatorTraining implements TrainingPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorTraining.class);
    /** How long a training spike lasts: long enough to see on the trend, short as a real pressure transient. */
    static final double SPIKE_SECONDS = 0.5;

    private final PressSimulator simulator;
    private final Set<Kind> supported;
    private final ScheduledExecutorService linkTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sim-training-link");
        t.setDaemon(true);
        return t;
    });

    public SimulatorTraining(PressSimulator simulator) {
        this.simulator = simulator;
        this.supported = supportedBy(simulator);
    }

    private static Set<Kind> supportedBy(PressSimulator sim) {
        Set<Kind> kinds = EnumSet.of(Kind.LINK_DROP);
        if (sim.program() instanceof SimulatedPressPlc) {
            kinds.addAll(EnumSet.of(Kind.DOOR_OPEN, Kind.DOOR_CLOSE, Kind.ESTOP_PRESS, Kind.ESTOP_RELEASE, Kind.LEAK_ON, Kind.LEAK_OFF,
                    Kind.SENSOR_STUCK, Kind.SENSOR_FREE, Kind.SPIKE, Kind.PLC_FAULT));
            if (sim.mapping().has(StandardSignal.PLATEN_TEMPERATURE_TOP)) {
                kinds.addAll(EnumSet.of(Kind.HEATER_FAIL, Kind.HEATER_REPAIR, Kind.THERMOCOUPLE_OPEN, Kind.THERMOCOUPLE_CLOSE));
            }
        } else if (sim.program() instanceof IsostaticVesselPlc) {
            kinds.addAll(EnumSet.of(Kind.ESTOP_PRESS, Kind.ESTOP_RELEASE));
            if (sim.mapping().has(StandardSignal.UNLOCK_LID) && sim.mapping().has(StandardSignal.LOCK_LID)) {
                kinds.addAll(EnumSet.of(Kind.LID_UNLOCK, Kind.LID_LOCK));
            }
        }
        return Set.copyOf(kinds);
    }

    @Override
    public Set<Kind> supported() {
        return supported;
    }

    @Override
    public void inject(TrainingFault fault) {
        if (!supported.contains(fault.kind())) {
            throw new IllegalArgumentException("this simulated press cannot have '" + fault.kind().label() + "'");
        }
        if (fault.kind() == Kind.LINK_DROP) {
            dropLink(fault.amount());
        } else if (fault.kind() == Kind.LID_UNLOCK || fault.kind() == Kind.LID_LOCK) {
            simulator.fireCommand(fault.kind() == Kind.LID_UNLOCK ? StandardSignal.UNLOCK_LID : StandardSignal.LOCK_LID);
        } else if (simulator.program() instanceof IsostaticVesselPlc vessel) {
            vessel.setEstopOk(fault.kind() == Kind.ESTOP_RELEASE);
        } else {
            automatic((SimulatedPressPlc) simulator.program(), fault);
        }
    }

    private static void automatic(SimulatedPressPlc plc, TrainingFault fault) {
        switch (fault.kind()) {
            case DOOR_OPEN, DOOR_CLOSE -> plc.setDoorClosed(fault.kind() == Kind.DOOR_CLOSE);
            case ESTOP_PRESS, ESTOP_RELEASE -> plc.setEstopOk(fault.kind() == Kind.ESTOP_RELEASE);
            case LEAK_ON -> plc.injectLeak(fault.amount());
            case LEAK_OFF -> plc.clearLeak();
            case SENSOR_STUCK, SENSOR_FREE -> plc.setForceSensorStuck(fault.kind() == Kind.SENSOR_STUCK);
            case SPIKE -> plc.injectOverPressureSpike(fault.amount(), SPIKE_SECONDS);
            case PLC_FAULT -> plc.injectPlcFault(FaultCode.ofCode((int) fault.amount()));
            case HEATER_FAIL, HEATER_REPAIR -> plc.setHeaterFailed(Platen.TOP, fault.kind() == Kind.HEATER_FAIL);
            case THERMOCOUPLE_OPEN, THERMOCOUPLE_CLOSE -> plc.setThermocoupleOpen(Platen.TOP, fault.kind() == Kind.THERMOCOUPLE_OPEN);
            default -> throw new IllegalArgumentException("not a fault of an automatic press: " + fault.kind());
        }
    }

    /** The PLC unreachable for {@code seconds}: its OPC UA server stops (the PLC scans on) and starts again on the same port. */
    private void dropLink(double seconds) {
        simulator.stopServer();
        linkTimer.schedule(() -> {
            try {
                simulator.start();
            } catch (RuntimeException e) {
                LOG.error("the simulated PLC's server did not come back after a training link drop", e);
            }
        }, Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        linkTimer.shutdownNow();
    }
}

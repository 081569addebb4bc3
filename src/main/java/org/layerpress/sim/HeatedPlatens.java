package org.layerpress.sim;

import static org.layerpress.application.press.StandardSignal.HEATER_FAULT;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_BOTTOM;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_SETPOINT;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_TOP;

import java.util.EnumMap;
import java.util.Map;
import org.layerpress.application.press.StandardSignal;

/**
 * The PLC's heated-platen function (docs/plc-interface.md, "Heated platens"): one setpoint drives
 * both platens' heaters; each platen's thermocouple is published, NaN while it is open (the namespace
 * serves that with quality Bad, never a number); a failed heater circuit or an open thermocouple
 * switches that platen's heater off and raises {@code heaterFault}, because heating blind is how a
 * real platen overheats. Runs only when the mapping has the platen signals. Scan thread only.
 */
final class HeatedPlatens {

    private static final Map<Platen, StandardSignal> READINGS = Map.of(Platen.TOP, PLATEN_TEMPERATURE_TOP, Platen.BOTTOM, PLATEN_TEMPERATURE_BOTTOM);

    private final Map<Platen, PlatenHeater> heaters = new EnumMap<>(Platen.class);
    private final double ambientCelsius;
    private final Faults faults;

    HeatedPlatens(double timeConstantSeconds, double ambientCelsius, Faults faults) {
        this.ambientCelsius = ambientCelsius;
        this.faults = faults;
        for (Platen p : Platen.values()) {
            heaters.put(p, new PlatenHeater(timeConstantSeconds, ambientCelsius));
        }
    }

    void scan(double dt, PlcIo io) {
        if (!io.has(PLATEN_TEMPERATURE_TOP) && !io.has(PLATEN_TEMPERATURE_BOTTOM)) {
            return;
        }
        double setpoint = io.has(PLATEN_TEMPERATURE_SETPOINT) ? io.get(PLATEN_TEMPERATURE_SETPOINT) : ambientCelsius;
        boolean anyOff = false;
        for (Platen p : Platen.values()) {
            boolean open = faults.thermocoupleOpen(p);
            boolean off = open || faults.heaterFailed(p);
            anyOff |= off;
            PlatenHeater heater = heaters.get(p);
            heater.update(setpoint, !off, dt);
            io.set(READINGS.get(p), open ? Double.NaN : heater.temperature());
        }
        io.set(HEATER_FAULT, anyOff ? 1 : 0);
    }

    /** The platen's real temperature, whatever its thermocouple says. */
    double temperature(Platen p) {
        return heaters.get(p).temperature();
    }
}

package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;

/**
 * Every calibrated instrument this station has, named as a batch start names them
 * ({@link InstrumentsUsed}, docs/calibration.md#instruments): the force signal, or a manual press's
 * gauge; the vessel's pressure where mapped; each platen's thermocouple where mapped; the balance
 * where the station weighs on one. The Calibration screen lists these, whether or not a recipe uses them.
 */
public final class StationInstruments {

    private StationInstruments() {
    }

    public static List<Instrument> of(PressFit fit, Optional<String> balanceId) {
        String model = fit.press().model();
        List<Instrument> out = new ArrayList<>();
        if (fit.gauge().isPresent()) {
            out.add(Instrument.ofPress(InstrumentKind.PRESSURE_TRANSDUCER, model, "gauge"));
        } else if (fit.maps(StandardSignal.FORCE)) {
            out.add(Instrument.ofPress(InstrumentKind.LOAD_CELL, model, "force"));
        }
        if (fit.maps(StandardSignal.VESSEL_PRESSURE)) {
            out.add(Instrument.ofPress(InstrumentKind.PRESSURE_TRANSDUCER, model, "vesselPressure"));
        }
        if (fit.maps(StandardSignal.PLATEN_TEMPERATURE_TOP)) {
            out.add(Instrument.ofPress(InstrumentKind.THERMOCOUPLE, model, "platenTemperatureTop"));
        }
        if (fit.maps(StandardSignal.PLATEN_TEMPERATURE_BOTTOM)) {
            out.add(Instrument.ofPress(InstrumentKind.THERMOCOUPLE, model, "platenTemperatureBottom"));
        }
        balanceId.ifPresent(id -> out.add(new Instrument(InstrumentKind.BALANCE, id)));
        return List.copyOf(out);
    }
}

package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Force;

class StationInstrumentsTest {

    private static final PressProfile PRESS = new PressProfile("Bench press", Force.kiloNewtons(100), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));

    private static PressFit mapped(Set<StandardSignal> signals) {
        return new PressFit(PRESS, signals::contains, Optional.empty(), "test.yaml");
    }

    @Test
    void theLoadCellThePlatensWhereMappedAndTheBalanceWhereConfiguredAreListedAsABatchStartNamesThem() {
        List<Instrument> all = StationInstruments.of(mapped(EnumSet.of(StandardSignal.FORCE, StandardSignal.PLATEN_TEMPERATURE_TOP,
                StandardSignal.PLATEN_TEMPERATURE_BOTTOM)), Optional.of("BAL-1"));
        assertEquals(List.of(new Instrument(InstrumentKind.LOAD_CELL, "Bench press/force"),
                new Instrument(InstrumentKind.THERMOCOUPLE, "Bench press/platenTemperatureTop"),
                new Instrument(InstrumentKind.THERMOCOUPLE, "Bench press/platenTemperatureBottom"),
                new Instrument(InstrumentKind.BALANCE, "BAL-1")), all);
    }

    @Test
    void withoutPlatensOrABalanceOnlyTheLoadCellIsListed() {
        assertEquals(List.of(new Instrument(InstrumentKind.LOAD_CELL, "Bench press/force")),
                StationInstruments.of(mapped(EnumSet.of(StandardSignal.FORCE)), Optional.empty()));
    }

    @Test
    void aMappedVesselPressureIsAPressureTransducer() {
        assertEquals(List.of(new Instrument(InstrumentKind.PRESSURE_TRANSDUCER, "Bench press/vesselPressure")),
                StationInstruments.of(mapped(EnumSet.of(StandardSignal.VESSEL_PRESSURE)), Optional.empty()));
    }
}

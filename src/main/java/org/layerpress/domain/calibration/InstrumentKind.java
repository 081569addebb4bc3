package org.layerpress.domain.calibration;

/** What an instrument measures for a batch; with the instrument's id it names one instrument (docs/calibration.md#instruments). */
public enum InstrumentKind {
    /** The press's force signal ({@code signals.force} of its mapping). */
    LOAD_CELL,
    /** A pressure signal: an isostatic vessel's pressure, or a manual press's gauge. */
    PRESSURE_TRANSDUCER,
    /** One platen's temperature ({@code platenTemperatureTop}, {@code platenTemperatureBottom}). */
    THERMOCOUPLE,
    /** The laboratory balance, by the station's balance id ({@code --balance-id}). */
    BALANCE
}

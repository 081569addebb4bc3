package org.layerpress.application.calibration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.layerpress.domain.calibration.InstrumentCalibration;

/**
 * The station's instruments with the certificate in force for each and its state on {@code today}
 * (the station's date, in its zone), in the order asked.
 */
public record CalibrationOverview(LocalDate today, List<InstrumentCalibration> instruments) {

    public CalibrationOverview {
        Objects.requireNonNull(today, "today");
        instruments = List.copyOf(instruments);
    }
}

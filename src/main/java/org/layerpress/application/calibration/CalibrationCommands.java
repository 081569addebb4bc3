package org.layerpress.application.calibration;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.user.Pin;

/** A Supervisor's commands on calibration records; each validates in its constructor and names the limit it refuses. */
public final class CalibrationCommands {

    /** The longest calibration interval the station takes: a longer one is a typing slip (a year typed wrong), not a certificate. */
    public static final int MAX_INTERVAL_YEARS = 10;

    private CalibrationCommands() {
    }

    /**
     * A certificate for an instrument, signed by the Supervisor who enters it: the PIN always, and on the
     * session's first signature who they are as well (as every e-signature, {@link SignCommand}).
     */
    public record RecordCalibration(Instrument instrument, LocalDate calibratedOn, LocalDate dueOn, String certificateId,
                                    Optional<String> identityConfirmation, Pin pin) {
        public RecordCalibration {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(calibratedOn, "calibratedOn");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(identityConfirmation, "identityConfirmation");
            Objects.requireNonNull(pin, "pin");
            certificateId = InputLimits.CERTIFICATE_ID.accept(certificateId);
            if (certificateId.isEmpty()) {
                throw new IllegalArgumentException("give the certificate id, as the calibration certificate prints it");
            }
            if (!dueOn.isAfter(calibratedOn)) {
                throw new IllegalArgumentException("the due date " + dueOn + " must be after the calibration date " + calibratedOn);
            }
            if (dueOn.isAfter(calibratedOn.plusYears(MAX_INTERVAL_YEARS))) {
                throw new IllegalArgumentException("the due date " + dueOn + " is more than " + MAX_INTERVAL_YEARS
                        + " years after the calibration date " + calibratedOn + ": check the year");
            }
        }
    }
}

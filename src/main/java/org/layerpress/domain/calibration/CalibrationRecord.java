package org.layerpress.domain.calibration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One calibration certificate as a Supervisor entered it, signed. Records are only ever added: a newer
 * one supersedes the older for its instrument (the one with the latest calibration date, then the
 * latest entered), and the older stays as evidence.
 *
 * @param id          the record's number in the store, also the id its signature is bound to
 * @param signatureId the Supervisor's e-signature (meaning Authored) over {@link #canonicalContent()}
 */
public record CalibrationRecord(long id, Instrument instrument, LocalDate calibratedOn, LocalDate dueOn, String certificateId,
                                String enteredBy, Instant enteredAt, long signatureId) {

    public CalibrationRecord {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(calibratedOn, "calibratedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    /** The text the signature's hash binds to: what the certificate says, nothing the store adds. */
    public static String canonicalContent(Instrument instrument, LocalDate calibratedOn, LocalDate dueOn, String certificateId) {
        return "instrument.kind=" + instrument.kind() + "\ninstrument.id=" + instrument.id() + "\ncalibrated.on=" + calibratedOn
                + "\ndue.on=" + dueOn + "\ncertificate=" + certificateId + "\n";
    }

    public String canonicalContent() {
        return canonicalContent(instrument, calibratedOn, dueOn, certificateId);
    }

    /** One line for the audit trail and the CLI. */
    public String describe() {
        return instrument + ": certificate " + certificateId + ", calibrated " + calibratedOn + ", due " + dueOn;
    }

    /** Whether the instrument is past its due date on {@code day}: the due date itself is still in calibration. */
    public boolean overdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }
}

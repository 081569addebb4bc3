package org.layerpress.application.calibration;

import java.util.List;
import java.util.Optional;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;

/**
 * The calibration records, append-only: a record is never changed or deleted (the database refuses
 * both), a newer one supersedes it. Every method runs in the caller's transaction.
 */
public interface CalibrationStore {

    /** A fresh record id, taken before signing so the signature can name the record it is bound to. */
    long nextId();

    /** Adds a record under the id {@link #nextId()} gave. */
    void append(CalibrationRecord record);

    /** Every record, newest first. */
    List<CalibrationRecord> all();

    /** The record in force for the instrument: the latest calibration date, then the latest entered. */
    Optional<CalibrationRecord> newest(Instrument instrument);
}

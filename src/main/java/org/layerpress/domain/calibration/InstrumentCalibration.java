package org.layerpress.domain.calibration;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An instrument, its newest calibration record if any, and its state on a given day. */
public record InstrumentCalibration(Instrument instrument, Optional<CalibrationRecord> record, CalibrationState state) {

    public InstrumentCalibration {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(state, "state");
        if (record.isEmpty() != (state == CalibrationState.NONE)) {
            throw new IllegalArgumentException("state NONE goes with no record, and only with no record");
        }
    }

    /** The state of {@code instrument} on {@code day}, from its newest record. */
    public static InstrumentCalibration on(Instrument instrument, Optional<CalibrationRecord> newest, LocalDate day) {
        CalibrationState state = newest.map(r -> r.overdueOn(day) ? CalibrationState.OVERDUE : CalibrationState.OK)
                .orElse(CalibrationState.NONE);
        return new InstrumentCalibration(instrument, newest, state);
    }

    /** One line, in words: {@code LOAD_CELL …/force: OK, certificate C-1, due 2027-01-31}, or {@code …: NONE, no calibration on file}. */
    public String line() {
        return line(instrument.toString(), state, record.map(CalibrationRecord::certificateId).orElse(""),
                record.map(r -> r.dueOn().toString()).orElse(""));
    }

    /** The same line from its parts, as a batch record keeps them. */
    public static String line(String instrument, CalibrationState state, String certificate, String due) {
        if (state == CalibrationState.NONE) {
            return instrument + ": NONE, no calibration on file";
        }
        return instrument + ": " + state + ", certificate " + certificate + ", due " + due;
    }
}

package org.layerpress.ui.admin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.CalibrationState;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentCalibration;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.ui.batch.DieTileWords;
import org.layerpress.ui.fx.LineBreaks;
import org.layerpress.ui.fx.Words;

/**
 * One instrument as the Calibration screen lists it: what it is, and its state in words on the
 * station's date (docs/calibration.md#the-calibration-screen): in date, due in N days, OVERDUE, or
 * none on file. Colour is never the only sign: an instrument due soon, overdue or without a
 * certificate says so with a warning mark.
 */
public record CalibrationRow(InstrumentCalibration calibration, LocalDate today) {

    /**
     * From this many days before its due date an instrument is shown as due soon: a month leaves time to
     * book a calibration lab. This project's choice, not a published figure.
     */
    public static final int DUE_SOON_DAYS = 30;

    public CalibrationRow {
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(today, "today");
    }

    public Instrument instrument() {
        return calibration.instrument();
    }

    /** "Load cell — LayerPress simulated 30 t automatic press/force" */
    public String nameText() {
        return kindWords(instrument().kind()) + " — " + instrument().id();
    }

    /** {@link #nameText()} as the list and the title show it: a long id wraps after a "/" or "-", never inside a signal's name. */
    public String shownName() {
        return kindWords(instrument().kind()) + " — " + LineBreaks.inId(instrument().id());
    }

    /** The state in words, with the certificate (wrapping only between its parts) and dates it rests on. */
    public String stateText() {
        if (calibration.state() == CalibrationState.NONE) {
            return DieTileWords.WARNING_MARK + " " + Words.get("calibration.none");
        }
        CalibrationRecord r = calibration.record().orElseThrow();
        String certificate = " " + Words.format("calibration.certificate", LineBreaks.inId(r.certificateId()), Words.date(r.calibratedOn()));
        long days = ChronoUnit.DAYS.between(today, r.dueOn());
        if (days < 0) {
            return DieTileWords.WARNING_MARK + " " + Words.format(days == -1 ? "calibration.overdue1" : "calibration.overdue", Words.date(r.dueOn()), String.valueOf(-days))
                    + certificate;
        }
        if (days == 0) {
            return DieTileWords.WARNING_MARK + " " + Words.format("calibration.dueToday", Words.date(r.dueOn())) + certificate;
        }
        if (days <= DUE_SOON_DAYS) {
            return DieTileWords.WARNING_MARK + " " + Words.format(days == 1 ? "calibration.dueIn1" : "calibration.dueIn", String.valueOf(days), Words.date(r.dueOn()))
                    + certificate;
        }
        return Words.format("calibration.inDate", Words.date(r.dueOn())) + certificate;
    }

    /** Not plainly in date: overdue, due within {@link #DUE_SOON_DAYS}, or no certificate on file. */
    public boolean needsAttention() {
        return calibration.record().map(r -> ChronoUnit.DAYS.between(today, r.dueOn()) <= DUE_SOON_DAYS).orElse(true);
    }

    static String kindWords(InstrumentKind kind) {
        return switch (kind) {
            case LOAD_CELL, PRESSURE_TRANSDUCER, THERMOCOUPLE, BALANCE -> Words.get("calibration.kind." + kind.name());
        };
    }
}

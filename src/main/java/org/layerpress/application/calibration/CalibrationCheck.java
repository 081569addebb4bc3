package org.layerpress.application.calibration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.SettingsStore;
import org.layerpress.domain.calibration.CalibrationState;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentCalibration;

/**
 * The calibration of the instruments a batch is about to use, on today's date in the station's zone,
 * judged by the station's {@link CalibrationPolicy}: what to refuse, in words, and what deviation to
 * record (docs/calibration.md#batch-start).
 */
public final class CalibrationCheck {

    private final CalibrationStore calibrations;
    private final SettingsStore settings;
    private final Transactions tx;
    private final Clock clock;

    public CalibrationCheck(CalibrationStore calibrations, SettingsStore settings, Transactions tx, Clock clock) {
        this.calibrations = calibrations;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * What the check found.
     *
     * @param states    each instrument's state, in the order asked, for the batch record
     * @param refusals  why the batch must not start; empty when it may
     * @param deviation the deviation to record when it starts past a due date by the station's setting
     */
    public record Outcome(List<InstrumentCalibration> states, List<String> refusals, Optional<String> deviation) {
        public Outcome {
            states = List.copyOf(states);
            refusals = List.copyOf(refusals);
        }
    }

    public Outcome check(List<Instrument> used) {
        LocalDate today = LocalDate.ofInstant(Clocks.now(clock), clock.getZone());
        return tx.inTransaction(() -> {
            CalibrationPolicy policy = policy(settings);
            List<InstrumentCalibration> states = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            for (Instrument i : used) {
                InstrumentCalibration c = InstrumentCalibration.on(i, calibrations.newest(i), today);
                states.add(c);
                if (c.state() == CalibrationState.OVERDUE) {
                    String due = c.record().orElseThrow().dueOn().toString();
                    String what = i + " was due for calibration on " + due + " (certificate " + c.record().orElseThrow().certificateId() + ")";
                    if (policy.overdue() == CalibrationPolicy.Overdue.REFUSE) {
                        refusals.add(what + ": a Supervisor records its new calibration under Calibration");
                    } else {
                        overdue.add(what);
                    }
                } else if (c.state() == CalibrationState.NONE && policy.missing() == CalibrationPolicy.Missing.REFUSE) {
                    refusals.add(i + " has no calibration on file: a Supervisor records one under Calibration");
                }
            }
            Optional<String> deviation = overdue.isEmpty() ? Optional.empty()
                    : Optional.of("started past calibration due date (station setting " + CalibrationPolicy.OVERDUE_KEY + ": deviation): "
                    + String.join("; ", overdue));
            return new Outcome(states, refusals, deviation);
        });
    }

    /** The station's policy from its settings; an unset one has its default, a bad stored value is refused naming the key. */
    static CalibrationPolicy policy(SettingsStore settings) {
        CalibrationPolicy d = CalibrationPolicy.DEFAULT;
        return new CalibrationPolicy(
                settings.text(CalibrationPolicy.OVERDUE_KEY).map(t -> CalibrationPolicy.parse(CalibrationPolicy.OVERDUE_KEY, t,
                        CalibrationPolicy.Overdue.class)).orElse(d.overdue()),
                settings.text(CalibrationPolicy.MISSING_KEY).map(t -> CalibrationPolicy.parse(CalibrationPolicy.MISSING_KEY, t,
                        CalibrationPolicy.Missing.class)).orElse(d.missing()));
    }
}

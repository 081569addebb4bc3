package org.layerpress.ui.shell;

import java.util.Map;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;

/** How the shell words the press state: each indicator's word, glyph and severity, and numbers as text. */
final class ShellWords {

    /**
     * The indicators' state words: each a key of the bundles ({@code shell.state.NAME}) with its glyph and
     * severity. The word is looked up when the state is shown, so it is in the language of whoever is logged in.
     */
    enum State {
        DOOR_CLOSED(Glyph.OK, Severity.NORMAL),
        DOOR_OPEN(Glyph.WARNING, Severity.WARNING),
        /** An isostatic vessel's lid: unlocked is the vessel's open door, worded as the press door is. */
        LID_LOCKED(Glyph.OK, Severity.NORMAL),
        LID_UNLOCKED(Glyph.WARNING, Severity.WARNING),
        /** The vessel's {@code pressureReleased}: under pressure is the normal state of a PRESSURISE, not a fault. */
        PRESSURE_RELEASED(Glyph.OK, Severity.NORMAL),
        UNDER_PRESSURE(Glyph.RUNNING, Severity.NORMAL),
        ESTOP_OK(Glyph.OK, Severity.NORMAL),
        ESTOP_PRESSED(Glyph.ALARM, Severity.ALARM),
        PLC_READY(Glyph.OK, Severity.NORMAL),
        PLC_NOT_READY(Glyph.WARNING, Severity.WARNING),
        /** Not ready to start because it is pressing: the normal state of a running step, not an alarm. */
        PLC_BUSY(Glyph.RUNNING, Severity.NORMAL),
        RUNNING(Glyph.RUNNING, Severity.NORMAL),
        IDLE(Glyph.PAUSED, Severity.NORMAL),
        STEP_DONE(Glyph.OK, Severity.NORMAL),
        STEP_NOT_DONE(Glyph.EMPTY, Severity.NORMAL),
        NO_FAULT(Glyph.OK, Severity.NORMAL);

        private final Glyph glyph;
        private final Severity severity;

        State(Glyph glyph, Severity severity) {
            this.glyph = glyph;
            this.severity = severity;
        }

        Indication indication() {
            return new Indication(Words.get("shell.state." + name()), glyph, severity);
        }
    }

    private ShellWords() {
    }

    static Indication linkIndication(LinkStatus status) {
        String word = Words.get("shell.link." + status.state().name());
        return switch (status.state()) {
            case CONNECTED -> Indication.normal(word, Glyph.OK);
            // A first attempt is normal, unless it already has a problem to tell (e.g. an untrusted certificate).
            case CONNECTING -> status.detail().isBlank() ? Indication.normal(word, Glyph.PENDING) : Indication.warning(word);
            case RECONNECTING -> Indication.warning(word);
            case LOST -> new Indication(word, Glyph.WARNING, Severity.ALARM);
            case CLOSED -> Indication.normal(word, Glyph.STOPPED);
        };
    }

    static String describe(Die die) {
        if (die == null) {
            return Words.get("shell.noDie");
        }
        return Words.format("shell.die", die.id(), Words.decimals(DisplayNumbers.plain(die.bore().millimetres())),
                Words.decimals(DisplayNumbers.live(die.rating().in(ForceUnit.KILONEWTON), 1)));
    }

    /** The signal's value, or NaN when it is not live. */
    static double value(Map<StandardSignal, PressSample> snapshot, StandardSignal signal, boolean connected) {
        PressSample sample = connected && snapshot != null ? snapshot.get(signal) : null;
        return sample != null && sample.good() && Double.isFinite(sample.value()) ? sample.value() : Double.NaN;
    }

    static Indication flag(Map<StandardSignal, PressSample> snapshot, StandardSignal signal, boolean connected,
                                   Indication whenTrue, Indication whenFalse) {
        double v = value(snapshot, signal, connected);
        return Double.isNaN(v) ? Indication.UNKNOWN : v >= 0.5 ? whenTrue : whenFalse;
    }

    static Indication faultIndication(double code) {
        if (Double.isNaN(code)) {
            return Indication.UNKNOWN;
        }
        long rounded = Math.round(code);
        return rounded == 0 ? State.NO_FAULT.indication() : Indication.alarm(Words.format("shell.state.faultCode", String.valueOf(rounded)));
    }

    /** Live values keep their decimals ({@link DisplayNumbers#live}): the big numbers must not jump in width. */
    static Reading reading(double value, int decimals) {
        return Double.isNaN(value) ? Reading.STALE : Reading.live(Words.decimals(DisplayNumbers.live(value, decimals)));
    }
}

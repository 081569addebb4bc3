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

    static final Indication DOOR_CLOSED = Indication.normal("CLOSED", Glyph.OK);
    static final Indication DOOR_OPEN = Indication.warning("OPEN");
    /** An isostatic vessel's lid: unlocked is the vessel's open door, worded as the press door is. */
    static final Indication LID_LOCKED = Indication.normal("LOCKED", Glyph.OK);
    static final Indication LID_UNLOCKED = Indication.warning("UNLOCKED");
    /** The vessel's {@code pressureReleased}: under pressure is the normal state of a PRESSURISE, not a fault. */
    static final Indication PRESSURE_RELEASED = Indication.normal("RELEASED", Glyph.OK);
    static final Indication UNDER_PRESSURE = Indication.normal("UNDER PRESSURE", Glyph.RUNNING);
    static final Indication ESTOP_OK = Indication.normal("OK", Glyph.OK);
    static final Indication ESTOP_PRESSED = Indication.alarm("PRESSED");
    static final Indication PLC_READY = Indication.normal("READY", Glyph.OK);
    static final Indication PLC_NOT_READY = Indication.warning("NOT READY");
    /** Not ready to start because it is pressing: the normal state of a running step, not an alarm. */
    static final Indication PLC_BUSY = Indication.normal("BUSY", Glyph.RUNNING);
    static final Indication RUNNING = Indication.normal("RUNNING", Glyph.RUNNING);
    static final Indication IDLE = Indication.normal("IDLE", Glyph.PAUSED);
    static final Indication STEP_DONE = Indication.normal("DONE", Glyph.OK);
    static final Indication STEP_NOT_DONE = Indication.normal("NOT DONE", Glyph.EMPTY);
    static final Indication NO_FAULT = Indication.normal("NONE", Glyph.OK);

    private ShellWords() {
    }

    static Indication linkIndication(LinkStatus status) {
        String word = status.state().name();
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
            return "No die set";
        }
        return "Die " + die.id() + ": " + DisplayNumbers.plain(die.bore().millimetres()) + " mm, rated "
                + DisplayNumbers.live(die.rating().in(ForceUnit.KILONEWTON), 1) + " kN";
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
        return rounded == 0 ? NO_FAULT : Indication.alarm("CODE " + rounded);
    }

    /** Live values keep their decimals ({@link DisplayNumbers#live}): the big numbers must not jump in width. */
    static Reading reading(double value, int decimals) {
        return Double.isNaN(value) ? Reading.STALE : Reading.live(Words.decimals(DisplayNumbers.live(value, decimals)));
    }
}

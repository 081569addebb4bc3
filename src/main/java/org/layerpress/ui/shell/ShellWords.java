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

    static Indication doorClosed() {
        return Indication.normal(Words.get("shell.state.DOOR_CLOSED"), Glyph.OK);
    }
    static Indication doorOpen() {
        return Indication.warning(Words.get("shell.state.DOOR_OPEN"));
    }
    /** An isostatic vessel's lid: unlocked is the vessel's open door, worded as the press door is. */
    static Indication lidLocked() {
        return Indication.normal(Words.get("shell.state.LID_LOCKED"), Glyph.OK);
    }
    static Indication lidUnlocked() {
        return Indication.warning(Words.get("shell.state.LID_UNLOCKED"));
    }
    /** The vessel's {@code pressureReleased}: under pressure is the normal state of a PRESSURISE, not a fault. */
    static Indication pressureReleased() {
        return Indication.normal(Words.get("shell.state.PRESSURE_RELEASED"), Glyph.OK);
    }
    static Indication underPressure() {
        return Indication.normal(Words.get("shell.state.UNDER_PRESSURE"), Glyph.RUNNING);
    }
    static Indication estopOk() {
        return Indication.normal(Words.get("shell.state.ESTOP_OK"), Glyph.OK);
    }
    static Indication estopPressed() {
        return Indication.alarm(Words.get("shell.state.ESTOP_PRESSED"));
    }
    static Indication plcReady() {
        return Indication.normal(Words.get("shell.state.PLC_READY"), Glyph.OK);
    }
    static Indication plcNotReady() {
        return Indication.warning(Words.get("shell.state.PLC_NOT_READY"));
    }
    /** Not ready to start because it is pressing: the normal state of a running step, not an alarm. */
    static Indication plcBusy() {
        return Indication.normal(Words.get("shell.state.PLC_BUSY"), Glyph.RUNNING);
    }
    static Indication running() {
        return Indication.normal(Words.get("shell.state.RUNNING"), Glyph.RUNNING);
    }
    static Indication idle() {
        return Indication.normal(Words.get("shell.state.IDLE"), Glyph.PAUSED);
    }
    static Indication stepDone() {
        return Indication.normal(Words.get("shell.state.STEP_DONE"), Glyph.OK);
    }
    static Indication stepNotDone() {
        return Indication.normal(Words.get("shell.state.STEP_NOT_DONE"), Glyph.EMPTY);
    }
    static Indication noFault() {
        return Indication.normal(Words.get("shell.state.NO_FAULT"), Glyph.OK);
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
        return rounded == 0 ? noFault() : Indication.alarm(Words.format("shell.state.faultCode", String.valueOf(rounded)));
    }

    /** Live values keep their decimals ({@link DisplayNumbers#live}): the big numbers must not jump in width. */
    static Reading reading(double value, int decimals) {
        return Double.isNaN(value) ? Reading.STALE : Reading.live(Words.decimals(DisplayNumbers.live(value, decimals)));
    }
}

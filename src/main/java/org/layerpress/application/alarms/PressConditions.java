package org.layerpress.application.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * The press's abnormal conditions as the live state shows them now, with or without a batch: the link
 * lost, a latched PLC fault, the e-stop pressed, the door opened while the press runs, a heater fault.
 * A signal the mapping does not bind raises nothing; a value that did not arrive (no good sample, or
 * no link) leaves its condition as it was rather than claiming it cleared or came.
 *
 * <p>Not thread-safe: one caller (the station's alarm thread) assesses at a time.
 */
public final class PressConditions {

    public static final String LINK_LOST = "LINK_LOST";
    public static final String PLC_FAULT = "PLC_FAULT";
    public static final String ESTOP_PRESSED = "ESTOP_PRESSED";
    public static final String DOOR_OPEN_WHILE_PRESSING = "DOOR_OPEN_WHILE_PRESSING";
    public static final String HEATER_FAULT = "HEATER_FAULT";

    /** One condition and whether it is active now. */
    public record Reading(AlarmCondition condition, boolean active) {
    }

    private final LivePressState live;
    private boolean doorAlarm;
    /** RUNNING as last assessed: the PLC may stop (RUNNING false) in the same notification that says the door opened. */
    private boolean runningBefore;
    private String lastFault = "";

    public PressConditions(LivePressState live) {
        this.live = live;
    }

    /** Every condition whose state is known now. */
    public List<Reading> assess() {
        List<Reading> out = new ArrayList<>();
        LinkState link = live.link().state();
        // CONNECTING (never connected yet) and CLOSED (shut down on purpose) are not a loss.
        boolean lost = link == LinkState.LOST || link == LinkState.RECONNECTING;
        out.add(new Reading(new AlarmCondition(LINK_LOST, AlarmPriority.HIGH, "PLC link lost: press values are not live"
                + (live.link().detail().isBlank() ? "" : " (" + live.link().detail() + ")")), lost));
        if (link != LinkState.CONNECTED) {
            return out;
        }
        if (live.isMapped(StandardSignal.FAULT_CODE)) {
            good(StandardSignal.FAULT_CODE).ifPresent(s -> {
                Optional<String> fault = live.fault();
                fault.ifPresent(words -> lastFault = words);
                out.add(new Reading(new AlarmCondition(PLC_FAULT, AlarmPriority.HIGH, fault.orElse(lastFault.isEmpty() ? "PLC fault" : lastFault)),
                        fault.isPresent()));
            });
        }
        known(StandardSignal.ESTOP_OK).ifPresent(ok -> out.add(new Reading(
                new AlarmCondition(ESTOP_PRESSED, AlarmPriority.HIGH, "E-stop pressed"), !ok)));
        Optional<Boolean> doorClosed = known(StandardSignal.DOOR_CLOSED);
        Optional<Boolean> running = known(StandardSignal.RUNNING);
        if (doorClosed.isPresent()) {
            // Opening the door to load the die is normal; opened while the press runs it is an alarm,
            // and it stays one until the door is closed again, even after the press has stopped.
            boolean runningNow = running.orElse(false);
            doorAlarm = !doorClosed.get() && (doorAlarm || runningNow || runningBefore);
            runningBefore = runningNow;
            out.add(new Reading(new AlarmCondition(DOOR_OPEN_WHILE_PRESSING, AlarmPriority.HIGH,
                    "Door opened while the press was running: close it"), doorAlarm));
        }
        known(StandardSignal.HEATER_FAULT).ifPresent(fault -> out.add(new Reading(
                new AlarmCondition(HEATER_FAULT, AlarmPriority.HIGH, "Platen heater fault"), fault)));
        return out;
    }

    private Optional<PressSample> good(StandardSignal s) {
        return live.isMapped(s) ? live.latest(s).filter(PressSample::good) : Optional.empty();
    }

    private Optional<Boolean> known(StandardSignal s) {
        return good(s).map(PressSample::asBoolean);
    }
}

package org.layerpress.application.alarms;

import java.util.Optional;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.batch.HoldCause;

/**
 * Whether the cause of a batch alarm is still there, for the causes the live press state shows: the
 * link lost, the door open, the e-stop pressed, a PLC fault, a platen heater fault. Empty when the
 * cause is not one of these, its signal is not mapped, or its value did not arrive (no good sample, or
 * the link down): then nobody knows, and the alarm keeps the state it had.
 */
public final class ObservableCauses {

    private final LivePressState live;

    public ObservableCauses(LivePressState live) {
        this.live = live;
    }

    /** True while the cause is there, false once it is seen gone, empty when that cannot be seen now. */
    public Optional<Boolean> present(String cause) {
        Optional<HoldCause> known = HoldCause.ofKey(cause);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        LinkState link = live.link().state();
        if (known.get() == HoldCause.LINK_LOST) {
            // CONNECTING and CLOSED say nothing about the loss the batch saw.
            return link == LinkState.CONNECTED ? Optional.of(false)
                    : link == LinkState.LOST || link == LinkState.RECONNECTING ? Optional.of(true) : Optional.empty();
        }
        if (link != LinkState.CONNECTED) {
            return Optional.empty();
        }
        return switch (known.get()) {
            case DOOR_OPENED -> good(StandardSignal.DOOR_CLOSED).map(s -> !s.asBoolean());
            case ESTOP -> good(StandardSignal.ESTOP_OK).map(s -> !s.asBoolean());
            case PLC_FAULT -> good(StandardSignal.FAULT_CODE).map(s -> live.fault().isPresent());
            case HEATER_FAULT -> good(StandardSignal.HEATER_FAULT).map(PressSample::asBoolean);
            default -> Optional.empty();
        };
    }

    private Optional<PressSample> good(StandardSignal s) {
        return live.isMapped(s) ? live.latest(s).filter(PressSample::good) : Optional.empty();
    }
}

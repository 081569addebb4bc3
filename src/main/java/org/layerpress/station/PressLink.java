package org.layerpress.station;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.batch.PressFit;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkWaiter;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.plc.MiloPressAdapter;

/**
 * The HMI's side of the press: the port to the PLC (the OPC UA adapter on a mapping) and the live
 * state of the press with the die in use. Built closed; {@link #open} starts connecting.
 */
public final class PressLink implements AutoCloseable {

    /** What a station needs to have seen before it can judge interlocks and start a press. */
    private static final List<StandardSignal> FIRST_VALUES = List.of(StandardSignal.DOOR_CLOSED, StandardSignal.ESTOP_OK,
            StandardSignal.READY, StandardSignal.FORCE, StandardSignal.RAM_POSITION, StandardSignal.FAULT_CODE);

    private final PressPort port;
    private final LivePressState live;
    private final PressFit fit;

    /** A press known by its profile alone: no platen limit, so no heated recipe fits it. */
    public PressLink(PressPort port, PressProfile press, Die die) {
        this(port, new PressFit(press, port::isMapped, Optional.empty(), "the station's press mapping"), die);
    }

    public PressLink(PressPort port, PressFit fit, Die die) {
        this.port = port;
        this.fit = fit;
        this.live = new LivePressState(port, die);
    }

    /** @param dataDir the HMI's data folder (the mapping's PKI trust folder is resolved against it) */
    public static PressLink opcUa(PressMapping mapping, Path dataDir, Die die) {
        return new PressLink(new MiloPressAdapter(mapping, dataDir), PressFit.of(mapping), die);
    }

    public PressLink open() {
        port.open();
        return this;
    }

    /** Waits until the link is up; false if it is not within {@code timeout}. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return LinkWaiter.awaitConnected(port, timeout);
    }

    /**
     * Waits for a first value of each interlock, readiness, force and ram position (and the fault
     * code where mapped); false if one has not come within {@code timeout}.
     */
    public boolean awaitFirstValues(Duration timeout) throws InterruptedException {
        return live.awaitFirstValues(timeout, FIRST_VALUES.stream().filter(port::isMapped).toArray(StandardSignal[]::new));
    }

    public PressPort port() {
        return port;
    }

    public LivePressState live() {
        return live;
    }

    /** The press as its mapping describes it (capacity, what it can do). */
    public PressProfile press() {
        return fit.press();
    }

    /** What a recipe needs of this press, checked at batch start. */
    public PressFit fit() {
        return fit;
    }

    @Override
    public void close() {
        port.close();
    }
}

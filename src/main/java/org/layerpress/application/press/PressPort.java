package org.layerpress.application.press;

import java.util.List;
import java.util.function.Consumer;

/**
 * The press PLC as the application sees it: logical signals in engineering units, a link state,
 * and a stream of samples. Adapters (OPC UA client) hide NodeIds, raw scaling and reconnects.
 *
 * <p>Listeners are called on the adapter's I/O threads: they must be quick and must not block.
 */
public interface PressPort extends AutoCloseable {

    /** Starts connecting in the background; returns at once. The adapter keeps reconnecting until closed. */
    void open();

    LinkStatus linkStatus();

    /** The PLC's address as configured (e.g. an OPC UA endpoint URL), recorded in each batch's header; empty if unknown. */
    default String endpoint() {
        return "";
    }

    void addLinkListener(Consumer<LinkStatus> listener);

    /** Every sample of every subscribed signal, in order of arrival, none dropped by the adapter. */
    void addSampleListener(Consumer<PressSample> listener);

    /** Writes a setpoint in engineering units; the adapter scales and coerces it to the node's type. */
    void write(StandardSignal signal, double engineeringValue) throws PressLinkException;

    /** Fires an edge-triggered command (boolean pulse the adapter resets, or an OPC UA method). */
    void command(StandardSignal command) throws PressLinkException;

    /** Reads every mapped signal once (commissioning). */
    List<SignalReading> readAll() throws PressLinkException;

    @Override
    void close();
}

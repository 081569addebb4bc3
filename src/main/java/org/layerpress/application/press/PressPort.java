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

    /**
     * Writes a setpoint that must land as asked: a value the node's type or raw scale would clamp is
     * refused with a {@link PressLinkException} and nothing is written. For setpoints whose limits the
     * engine has already checked (the platen temperature): a clamp there would hide a wrong mapping.
     */
    default void writeExactly(StandardSignal signal, double engineeringValue) throws PressLinkException {
        write(signal, engineeringValue);
    }

    /** Fires an edge-triggered command (boolean pulse the adapter resets, or an OPC UA method). */
    void command(StandardSignal command) throws PressLinkException;

    /** Reads every mapped signal once (commissioning). */
    List<SignalReading> readAll() throws PressLinkException;

    // ---- the PLC contract (docs/plc-interface.md); defaults for ports that know none of it

    /** Whether the mapping binds this signal (e.g. {@code reset}, {@code plcAlive}); a port without a mapping knows the required ones. */
    default boolean isMapped(StandardSignal signal) {
        return signal.required();
    }

    /**
     * Whether the PLC has seen this session's HMI (section 4): the first heartbeat of the session was
     * acknowledged Good and {@code plcAlive} has changed since (or 500 ms passed, without
     * {@code plcAlive}). Until then Start stays blocked ("waiting for the PLC to see the HMI"), even
     * if {@code ready} says 1. False while the link is down. A port without a heartbeat handshake says true.
     */
    default boolean hmiSeen() {
        return true;
    }

    /** Words for the PLC's fault codes: the contract's, with the mapping's {@code faultTexts} on top. */
    default FaultTexts faultTexts() {
        return FaultTexts.contractDefaults();
    }

    /** Who may fire {@link StandardSignal#RESET} from the HMI (the mapping's {@code faultResetBy}). */
    default FaultResetBy faultResetBy() {
        return FaultResetBy.SUPERVISOR;
    }

    /** Whether the PLC has a buffered trace ({@code forceTrace}); without one, record the FORCE/RAM_POSITION samples. */
    default boolean hasTrace() {
        return false;
    }

    /**
     * Every block read from the PLC's trace ring, in order, each sample exactly once, gaps declared
     * (section 6). Called on the adapter's trace thread (never Milo's): quick, never blocking.
     * A port without a trace block never calls it.
     */
    default void addTraceListener(Consumer<TraceBlock> listener) {
    }

    /**
     * Reads the trace ring up to the PLC's count at the time of the call and returns once every
     * sample below that count has gone to the trace listeners (delivered, or declared lost in a
     * gap); the engine calls it when a press step ends. Blocks the caller for a round trip or two;
     * never call it on the FX thread.
     *
     * @return that count (the number of the first sample not yet delivered); 0 without a trace block
     * @throws PressLinkException when the link is down or the PLC does not answer in time
     */
    default long drainTrace() throws PressLinkException, InterruptedException {
        return 0;
    }

    @Override
    void close();
}

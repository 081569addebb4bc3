package org.layerpress.sim;

import org.layerpress.application.press.StandardSignal;

/**
 * The simulated PLC's process image, in engineering units (booleans as 1/0). The namespace turns
 * these into the raw, scaled, typed node values a client sees.
 */
public interface PlcIo {

    /** The current value; 0 for a signal the mapping does not have. */
    double get(StandardSignal signal);

    /** Publishes a PLC output (ignored for a signal the mapping does not have). */
    void set(StandardSignal signal, double engineeringValue);

    boolean has(StandardSignal signal);

    /**
     * True once per command the client fired (a rising edge on a Boolean command node or a method
     * call); reading consumes it, like a PLC's edge detector.
     */
    boolean takeCommand(StandardSignal command);
}

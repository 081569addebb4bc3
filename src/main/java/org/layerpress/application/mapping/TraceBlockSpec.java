package org.layerpress.application.mapping;

/**
 * The PLC's buffered trace (docs/plc-interface.md, section 6): a sample counter and two ring arrays
 * the PLC writes every {@code periodMillis}, read by the HMI whenever the counter moves.
 *
 * @param count how many samples the PLC has written since it started (UInt32 or Int32, modulo 2³²)
 * @param force ring of force samples, sample n at index n mod length
 * @param position ring of ram positions of the same samples
 * @param length the arrays' length, a power of two (256 … 65536)
 * @param periodMillis the PLC's sampling period (1 … 100 ms)
 * @param pollMillis how often the HMI looks at {@code count}
 * @param line the block's line in the mapping file
 */
public record TraceBlockSpec(TraceNode count, TraceNode force, TraceNode position, int length, int periodMillis, int pollMillis, int line) {

    public static final int MIN_LENGTH = 256;
    public static final int MAX_LENGTH = 65536;
    public static final int DEFAULT_POLL_MILLIS = 100;

    /** How long the ring holds a sample before the PLC overwrites it, in ms. */
    public long ringMillis() {
        return (long) length * periodMillis;
    }
}

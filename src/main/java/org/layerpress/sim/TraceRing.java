package org.layerpress.sim;

import java.time.Instant;

/**
 * The PLC side of the buffered trace (docs/plc-interface.md, section 6): force and ram position of
 * sample n at index n mod length, written before {@code count} moves past n. The scan thread writes;
 * OPC UA reads copy it at any time, as an HMI reading a real PLC's data block would, so a read may
 * see the ring half-way through a scan: the HMI's read algorithm is what copes with that.
 *
 * <p>{@code count} (with its time) is volatile and written after the arrays, so a reader that sees count = c also
 * sees every sample below c that has not been overwritten since.
 */
final class TraceRing {

    private final int length;
    private final double[] force;
    private final double[] position;
    private volatile Stamp last = new Stamp(0, Instant.now());

    /** The count with the time it took that value (the PLC's clock), read together. */
    record Stamp(long count, Instant time) {
    }

    TraceRing(int length) {
        if (Integer.bitCount(length) != 1) {
            throw new IllegalArgumentException("ring length must be a power of two, was " + length);
        }
        this.length = length;
        this.force = new double[length];
        this.position = new double[length];
    }

    /** One sample (scan thread only): write at count mod length, then count + 1. */
    void write(double forceKiloNewtons, double positionMillimetres) {
        long n = last.count();
        int index = (int) (n & (length - 1));
        force[index] = forceKiloNewtons;
        position[index] = positionMillimetres;
        last = new Stamp(n + 1, Instant.now());
    }

    /** Samples written since the PLC started (the HMI reads it modulo 2³²). */
    long count() {
        return last.count();
    }

    /** The count and when it took that value: its OPC UA source timestamp. */
    Stamp stamp() {
        return last;
    }

    int length() {
        return length;
    }

    /** A copy of the force ring's first {@code n} elements (n = length, or fewer to serve a broken PLC). */
    double[] force(int n) {
        return copy(force, n);
    }

    double[] position(int n) {
        return copy(position, n);
    }

    private static double[] copy(double[] ring, int n) {
        double[] out = new double[n];
        System.arraycopy(ring, 0, out, 0, Math.min(n, ring.length));
        return out;
    }
}

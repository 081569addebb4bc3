package org.layerpress.sim;

/** The simulated PLC's logic, run every scan by the simulator. */
public interface PlcProgram {

    /**
     * One PLC scan.
     *
     * @param dtSeconds time since the previous scan
     */
    void scan(double dtSeconds, PlcIo io);
}

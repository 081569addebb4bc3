package org.layerpress.sim;

import java.util.Set;

/** The simulated PLC's logic, run every scan by the simulator. */
public interface PlcProgram {

    /**
     * One PLC scan.
     *
     * @param dtSeconds time since the previous scan
     */
    void scan(double dtSeconds, PlcIo io);

    /**
     * One PLC scan when simulated time may run faster than the wall clock
     * ({@link SimulatorOptions#timeScale()}). A program with a timer that watches something outside
     * the simulated machine (the HMI's heartbeat) overrides this and runs that timer on
     * {@code wallSeconds}, so acceleration never makes it trip early.
     *
     * @param dtSeconds simulated time since the previous scan
     * @param wallSeconds wall-clock time since the previous scan
     */
    default void scan(double dtSeconds, double wallSeconds, PlcIo io) {
        scan(dtSeconds, io);
    }

    /**
     * Breaks the given clauses of the PLC contract from the next scan on (none: follow it). A program
     * that implements no sequence has nothing to break and ignores this.
     */
    default void deviateFrom(Set<ContractDeviation> deviations) {
    }
}

package org.layerpress.sim;

/**
 * Watches the HMI's heartbeat the way the contract asks (docs/plc-interface.md, section 4): the
 * timer restarts at every change of the value, whatever the value, and the heartbeat is fresh while
 * the timer is below the watchdog time. It runs always, idle or not; after start-up the heartbeat is
 * not fresh until it first changes, so a PLC that powers up never trusts an HMI it has not heard.
 * Runs on wall-clock seconds (the HMI beats in wall time). Scan thread only.
 */
final class HeartbeatWatchdog {

    private final double timeoutSeconds;
    private double lastValue;
    private double unchangedSeconds = Double.POSITIVE_INFINITY;

    HeartbeatWatchdog(double timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** One scan: {@code wallDt} wall-clock seconds have passed and the HMI's value is {@code heartbeat}. */
    void update(double heartbeat, double wallDt) {
        if (Double.compare(heartbeat, lastValue) != 0) {
            lastValue = heartbeat;
            unchangedSeconds = 0;
        } else {
            unchangedSeconds += wallDt;
        }
    }

    /** True while the heartbeat changed within the watchdog time. */
    boolean fresh() {
        return unchangedSeconds < timeoutSeconds;
    }
}

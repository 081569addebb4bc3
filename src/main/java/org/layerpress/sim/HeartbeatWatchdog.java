package org.layerpress.sim;

/**
 * Stops the press when the HMI dies: the HMI increments the heartbeat at 1 Hz, and while a step runs
 * the PLC expects to see it change (docs/architecture.md#safety-philosophy: the PLC, not the HMI, is
 * the safety system). Armed at START, so time spent idle never counts. Scan thread only.
 */
final class HeartbeatWatchdog {

    private final double timeoutSeconds;
    private double lastValue;
    private double unchangedSeconds;

    HeartbeatWatchdog(double timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Restarts the timer from the heartbeat value seen at START. */
    void arm(double heartbeat) {
        lastValue = heartbeat;
        unchangedSeconds = 0;
    }

    /** @return true once the heartbeat has not changed for more than the timeout */
    boolean expired(double heartbeat, double dt) {
        if (Double.compare(heartbeat, lastValue) != 0) {
            lastValue = heartbeat;
            unchangedSeconds = 0;
            return false;
        }
        unchangedSeconds += dt;
        return unchangedSeconds > timeoutSeconds;
    }
}

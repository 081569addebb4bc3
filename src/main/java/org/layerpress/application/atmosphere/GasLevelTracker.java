package org.layerpress.application.atmosphere;

import java.time.Duration;
import java.time.Instant;

/**
 * What the HMI knows of one gas between polls (docs/glovebox.md, "Quality"): the last good value with
 * the time it arrived, and the last problem. A value counts only while it is the latest news and younger
 * than the mapping's staleAfterMs; after a problem or that long without news the gas has no value, and
 * the reason says why in words. Shared by the OPC UA and the Modbus TCP glovebox adapters so both judge
 * a value the same way. Called from the poll thread and from readers, hence synchronized.
 */
public final class GasLevelTracker {

    private final Gas gas;
    private final Duration staleAfter;
    private double lastPpm = Double.NaN;
    private Instant lastGood;
    private String problem = "";
    private String quality = "";
    private long missed;

    public GasLevelTracker(Gas gas, Duration staleAfter) {
        this.gas = gas;
        this.staleAfter = staleAfter;
    }

    public synchronized void good(double ppm, Instant at, String status) {
        lastPpm = ppm;
        lastGood = at;
        quality = status;
        problem = "";
    }

    /** A poll that gave no usable value: the value is gone at once, not after staleAfter, and the poll is counted. */
    public synchronized void bad(String why) {
        problem = why;
        missed++;
    }

    /** How many polls since start gave this gas no value (a bad status, a wrong value, a lost link). */
    public synchronized long missedPolls() {
        return missed;
    }

    public synchronized GasReading reading(Instant now) {
        if (!problem.isEmpty()) {
            return GasReading.missing(gas, now, problem);
        }
        if (lastGood == null) {
            return GasReading.missing(gas, now, "no " + gas.label() + " reading yet");
        }
        Duration age = Duration.between(lastGood, now);
        if (age.compareTo(staleAfter) > 0) {
            return GasReading.missing(gas, now, "no " + gas.label() + " reading for " + age.toSeconds() + " s");
        }
        return GasReading.value(gas, lastPpm, lastGood, quality);
    }
}

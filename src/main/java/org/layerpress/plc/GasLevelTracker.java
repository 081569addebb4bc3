package org.layerpress.plc;

import java.time.Duration;
import java.time.Instant;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.atmosphere.GasReading;

/**
 * What the HMI knows of one gas between polls (docs/glovebox.md, "Quality"): the last good value with
 * the time it arrived, and the last problem. A value counts only while it is the latest news and younger
 * than the mapping's staleAfterMs; after a problem or that long without news the gas has no value, and
 * the reason says why in words. Called from the poll thread and from readers, hence synchronized.
 */
final class GasLevelTracker {

    private final Gas gas;
    private final Duration staleAfter;
    private double lastPpm = Double.NaN;
    private Instant lastGood;
    private String problem = "";
    private String quality = "";

    GasLevelTracker(Gas gas, Duration staleAfter) {
        this.gas = gas;
        this.staleAfter = staleAfter;
    }

    synchronized void good(double ppm, Instant at, String status) {
        lastPpm = ppm;
        lastGood = at;
        quality = status;
        problem = "";
    }

    /** A read that gave no usable value: the value is gone at once, not after staleAfter. */
    synchronized void bad(String why) {
        problem = why;
    }

    synchronized GasReading reading(Instant now) {
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

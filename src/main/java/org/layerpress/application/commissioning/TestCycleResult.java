package org.layerpress.application.commissioning;

/** What one commissioning cycle measured. */
public record TestCycleResult(
        double peakKiloNewtons,
        double holdMeanKiloNewtons,
        double holdDecayPercent,
        double secondsToSetpoint,
        double secondsToRelease,
        int samples) {
}

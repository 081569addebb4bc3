package org.layerpress.sim;

import java.util.Random;

/**
 * The load cell: the true force plus a little noise, or a frozen value when a stuck-sensor fault is
 * injected. Separate from the physics because what the HMI sees is not always what the stack feels,
 * and the HMI has to cope with that (a flat, noiseless trace is the tell-tale of a stuck cell).
 * Noise is uniform within ±amplitude from a seeded {@link Random}, so runs are repeatable; an
 * amplitude of 0 gives exact readings for tests. Used from the scan thread only.
 */
final class ForceSensor {

    private final double noiseAmplitude;
    private final Random random;
    private double lastReading;

    ForceSensor(double noiseAmplitudeKiloNewtons, long seed) {
        this.noiseAmplitude = noiseAmplitudeKiloNewtons;
        this.random = new Random(seed);
    }

    /** This scan's reading in kN. */
    double read(double trueForce, boolean stuck) {
        if (!stuck) {
            double noise = noiseAmplitude == 0 ? 0 : (2 * random.nextDouble() - 1) * noiseAmplitude;
            lastReading = trueForce + noise;
        }
        return lastReading;
    }

    /** The reading published by the last scan, kN. */
    double lastReading() {
        return lastReading;
    }

    double noiseAmplitude() {
        return noiseAmplitude;
    }
}

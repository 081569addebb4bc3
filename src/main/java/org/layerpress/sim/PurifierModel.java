package org.layerpress.sim;

/**
 * A glovebox purifier in two numbers: O2 and H2O drift toward the purifier's base levels with a first
 * order lag (a circulating purifier removes a fixed fraction of the excess per unit time), and a leak
 * adds a constant inflow on top, so with a leak the levels climb until the purifier's removal matches
 * it. Thread-safe: the scan steps it, tests and the console change it.
 */
final class PurifierModel {

    /** Base levels of a well-running argon box, ppm. */
    static final double BASE_O2_PPM = 0.3;
    static final double BASE_H2O_PPM = 0.2;
    /** How fast the purifier pulls the excess back: 1/e in this many seconds. */
    static final double LAG_SECONDS = 30;
    private static final double MAX_PPM = 1_000;

    private double o2 = BASE_O2_PPM;
    private double h2o = BASE_H2O_PPM;
    private double leakPpmPerSecond;

    /** Advances the model by {@code seconds} of simulated time. */
    synchronized void step(double seconds) {
        double pull = 1 - Math.exp(-seconds / LAG_SECONDS);
        o2 = clamp(o2 + (BASE_O2_PPM - o2) * pull + leakPpmPerSecond * seconds);
        // Air carries more water than a purifier's O2 share: a leak raises H2O at half the O2 rate here.
        h2o = clamp(h2o + (BASE_H2O_PPM - h2o) * pull + leakPpmPerSecond * seconds / 2);
    }

    /** A leak letting in air: {@code ppmPerSecond} of O2 on top of the purifier; 0 closes it. */
    synchronized void leak(double ppmPerSecond) {
        if (!(ppmPerSecond >= 0 && ppmPerSecond <= MAX_PPM)) {
            throw new IllegalArgumentException("a leak is 0..1000 ppm/s, got " + ppmPerSecond);
        }
        leakPpmPerSecond = ppmPerSecond;
    }

    /** Sets both levels now (an opened antechamber, a regenerated purifier); they drift from there. */
    synchronized void set(double o2Ppm, double h2oPpm) {
        if (!(o2Ppm >= 0 && o2Ppm <= MAX_PPM && h2oPpm >= 0 && h2oPpm <= MAX_PPM)) {
            throw new IllegalArgumentException("levels are 0..1000 ppm, got O2 " + o2Ppm + ", H2O " + h2oPpm);
        }
        o2 = o2Ppm;
        h2o = h2oPpm;
    }

    synchronized double o2() {
        return o2;
    }

    synchronized double h2o() {
        return h2o;
    }

    private static double clamp(double ppm) {
        return Math.max(0, Math.min(MAX_PPM, ppm));
    }
}

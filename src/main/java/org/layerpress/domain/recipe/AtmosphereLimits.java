package org.layerpress.domain.recipe;

import java.util.Locale;

/**
 * The highest O2 and H2O levels, in ppm, at which a recipe's CHECK, LOAD_LAYER and PRESS steps may go
 * on (docs/glovebox.md). The recipe chooses them: there is no published universal limit for
 * all-solid-state cells, only the common practice of running an argon box below 1 ppm.
 */
public record AtmosphereLimits(double maxO2Ppm, double maxH2oPpm) {

    /** The largest limit a recipe may give: a glovebox analyser's range, far above any useful limit. */
    public static final double MAX_PPM = 1_000;

    public AtmosphereLimits {
        check("maxO2", maxO2Ppm);
        check("maxH2o", maxH2oPpm);
    }

    /** Whether a limit may be given: above 0 and at most {@link #MAX_PPM}, the rule the recipe file and the editor both apply. */
    public static boolean allowed(double ppm) {
        return ppm > 0 && ppm <= MAX_PPM;
    }

    private static void check(String key, double ppm) {
        if (!allowed(ppm)) {
            throw new IllegalArgumentException(key + " must be above 0 and at most 1000 ppm, got " + ppm);
        }
    }

    /** "O2 ≤ 0.1 ppm, H2O ≤ 0.1 ppm", as the screens show it. */
    public String describe() {
        return String.format(Locale.ROOT, "O2 ≤ %s ppm, H2O ≤ %s ppm", plain(maxO2Ppm), plain(maxH2oPpm));
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

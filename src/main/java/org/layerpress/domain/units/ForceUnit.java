package org.layerpress.domain.units;

import java.util.Arrays;
import java.util.Locale;

/**
 * Force units a press data sheet or a site may use. Vendors mix metric and US tons, so a force is
 * never written as a bare number: the unit travels with it (docs/press-domain.md#unit-conversions).
 */
public enum ForceUnit {
    KILONEWTON("kN", 1.0),
    /** Metric tonne-force: 9.80665 kN. */
    TONNE_FORCE("tf", 9.80665),
    /** US (short) ton-force: 8.896443 kN. */
    US_TON_FORCE("ustf", 8.896443);

    private final String symbol;
    private final double kiloNewtons;

    ForceUnit(String symbol, double kiloNewtons) {
        this.symbol = symbol;
        this.kiloNewtons = kiloNewtons;
    }

    public String symbol() {
        return symbol;
    }

    double kiloNewtonsPerUnit() {
        return kiloNewtons;
    }

    public static ForceUnit ofSymbol(String symbol) {
        return Arrays.stream(values())
                .filter(u -> u.symbol.equalsIgnoreCase(symbol.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                        "unknown force unit '%s', expected one of kN, tf (metric tonne-force), ustf (US ton-force)",
                        symbol)));
    }
}

package org.layerpress.application.mapping;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plausible numbers of a mapping for a laboratory press, beyond which a mapping is refused rather
 * than trusted: a scale bound of 1e300 or a NaN converts every reading into nonsense that still
 * looks like a number. The press section's own bounds (capacity, fastest ramp) are in
 * {@code PressSectionReader}, shared with recipe files; the table of all of them is in
 * plc-mapping/README.md.
 */
final class MappingLimits {

    /**
     * The largest engineering value a scale may reach, by unit: well above any lab press (a 2,000 kN
     * press with a sensor rated at two and a half times, a metre of stroke, a day of hold), far below
     * where doubles lose the digits a trace needs. Other units: {@link #OTHER_ENG_MAX}.
     */
    private static final Map<String, Double> ENG_MAX = Map.of(
            "kN", 5_000.0,
            "mm", 1_000.0,
            "kN/s", 1_000.0,
            "s", 86_400.0,
            "degC", 2_000.0,
            "MPa", 10_000.0,
            "bar", 100_000.0);
    static final double OTHER_ENG_MAX = 1_000_000;
    /** Raw values of a Float or Double node (integer nodes are bound by their type). */
    static final double RAW_MAX = 1e9;
    /** {@code opc.tcp://host[:port][/path]}; the host may be an IPv6 literal in brackets. */
    private static final Pattern URL = Pattern.compile("opc\\.tcp://(\\[[^\\]]*\\]|[^/:\\[\\]]+)(?::([^/]*))?(/.*)?");

    private MappingLimits() {
    }

    /** The largest magnitude a scale's engineering bound may have in {@code unit}. */
    static double engMax(String unit) {
        return ENG_MAX.getOrDefault(unit, OTHER_ENG_MAX);
    }

    /** What is wrong with the host and port of an {@code opc.tcp://} URL, if anything. */
    static Optional<String> urlProblem(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return Optional.of("expected opc.tcp://host:port/path, got " + org.layerpress.domain.InputLimits.excerpt(url));
        }
        String port = m.group(2);
        if (port == null) {
            return Optional.empty();
        }
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535) {
            return Optional.of("port " + org.layerpress.domain.InputLimits.excerpt(port) + " is out of range: a TCP port is 1..65535 (OPC UA's is 4840)");
        }
        return Optional.empty();
    }
}

package org.layerpress.domain.density;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The theoretical densities the station knows, by material name as a recipe's LOAD_LAYER writes it
 * (compared without case and surrounding spaces). A material may be listed without a value, with the
 * reason none is given (no verified source): the HMI then shows density without relative density and
 * says that reason.
 */
public final class MaterialTable {

    private final Map<String, TheoreticalDensity> values;
    private final Map<String, String> withoutValue;

    public MaterialTable(Map<String, TheoreticalDensity> values, Map<String, String> withoutValue) {
        this.values = keyed(values);
        this.withoutValue = keyed(withoutValue);
    }

    /** A table that knows nothing: every relative density is "not computed". */
    public static MaterialTable empty() {
        return new MaterialTable(Map.of(), Map.of());
    }

    public Optional<TheoreticalDensity> lookup(String material) {
        return Optional.ofNullable(values.get(key(material)));
    }

    /** Why {@code material} has no theoretical density here, in words for the operator and the record. */
    public String whyMissing(String material) {
        String listed = withoutValue.get(key(material));
        return listed != null
                ? "no verified theoretical density for " + material + " (" + listed + ")"
                : "no theoretical density for " + material + " in the material table";
    }

    private static <V> Map<String, V> keyed(Map<String, V> in) {
        Map<String, V> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(key(k), v));
        return Map.copyOf(out);
    }

    private static String key(String material) {
        return material.strip().toLowerCase(Locale.ROOT);
    }
}

package org.layerpress.application.mapping;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The value readers every part of a mapping file shares (whole numbers in a range, numbers, NodeIds,
 * one of a few words, OPC UA type names, {@code [min, max]} pairs and linear scales), kept in one
 * place so the signals table, the forceTrace block and the endpoint word their errors the same way
 * and all of them name the file, the line and the dotted key through the one {@link MappingException}
 * factory of the file being read.
 */
final class MappingValues {

    private final YamlSection.Problems problems;

    MappingValues(YamlSection.Problems problems) {
        this.problems = problems;
    }

    MappingException error(Node node, String key, String problem) {
        return (MappingException) problems.at(node, key, problem);
    }

    int integerIn(YamlSection o, String key, int min, int max, String unit) {
        String v = o.requiredText(key);
        int value;
        try {
            value = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(o.node(key), o.key(key), "expected a whole number " + min + ".." + max + " " + unit + ", got " + InputLimits.excerpt(v));
        }
        if (value < min || value > max) {
            throw error(o.node(key), o.key(key), "expected " + min + ".." + max + " " + unit + ", got " + value);
        }
        return value;
    }

    double number(YamlSection o, String key) {
        return finite(o.node(key), o.key(key), o.requiredText(key));
    }

    /**
     * {@code v} as a finite number. Java reads "NaN", "Infinity" and 1e400 (as infinity) as doubles;
     * none of them is a value a press has, and each would switch a comparison or a scale off.
     */
    private double finite(Node n, String key, String v) {
        double value;
        try {
            value = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(n, key, "expected a number, got " + InputLimits.excerpt(v));
        }
        if (!Double.isFinite(value)) {
            throw error(n, key, "expected a finite number, got " + InputLimits.excerpt(v));
        }
        return value;
    }

    NodeRef nodeRef(YamlSection o, String key) {
        try {
            return NodeRef.parse(o.requiredText(key));
        } catch (IllegalArgumentException e) {
            throw error(o.node(key), o.key(key), e.getMessage());
        }
    }

    <T> T choose(YamlSection o, String key, String value, Map<String, T> choices) {
        T found = choices.get(value);
        if (found == null) {
            throw error(o.node(key), o.key(key), "unknown value " + InputLimits.excerpt(value) + ", expected one of "
                    + choices.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        return found;
    }

    /** The OPC UA type named {@code typeName}, the text of the section's {@code type} entry. */
    OpcType type(YamlSection o, String typeName) {
        return OpcType.ofName(typeName).orElseThrow(() -> error(o.node("type"), o.key("type"),
                "unknown type " + InputLimits.excerpt(typeName) + ", expected one of " + Stream.of(OpcType.values()).map(OpcType::opcName).collect(Collectors.joining(", "))));
    }

    /** A linear scale of a {@code type} node whose engineering values are in {@code unit}, within {@link MappingLimits}. */
    Scaling scaling(YamlSection o, OpcType type, String unit) {
        o.allowOnly("raw", "eng", "validRaw");
        if (!type.isNumeric()) {
            throw error(o.self(), o.path(), "a Boolean signal cannot be scaled");
        }
        double[] raw = pair(o, "raw");
        double[] eng = pair(o, "eng");
        if (raw[0] == raw[1]) {
            throw error(o.node("raw"), o.key("raw"), "raw min equals raw max (" + raw[0] + "): the scale has no span");
        }
        if (eng[0] == eng[1]) {
            throw error(o.node("eng"), o.key("eng"), "engineering min equals max (" + eng[0] + "): the scale has no span");
        }
        if (!type.holds(raw[0]) || !type.holds(raw[1])) {
            throw error(o.node("raw"), o.key("raw"), "raw range " + raw[0] + ".." + raw[1] + " does not fit " + type.opcName() + " (" + type.min() + ".." + type.max() + ")");
        }
        if (!type.isInteger()) {
            within(o, "raw", raw, MappingLimits.RAW_MAX, "");
        }
        within(o, "eng", eng, MappingLimits.engMax(unit), unit);
        if (!o.has("validRaw")) {
            return new Scaling(raw[0], raw[1], eng[0], eng[1]);
        }
        double[] valid = pair(o, "validRaw");
        if (!(valid[0] < valid[1])) {
            throw error(o.node("validRaw"), o.key("validRaw"), "expected [min, max] with min below max, got [" + valid[0] + ", " + valid[1] + "]");
        }
        if (!type.isInteger()) {
            within(o, "validRaw", valid, MappingLimits.RAW_MAX, "");
        }
        if (!type.holds(valid[0]) || !type.holds(valid[1])) {
            throw error(o.node("validRaw"), o.key("validRaw"), "valid raw range " + valid[0] + ".." + valid[1] + " does not fit "
                    + type.opcName() + " (" + type.min() + ".." + type.max() + ")");
        }
        return new Scaling(raw[0], raw[1], eng[0], eng[1], valid[0], valid[1]);
    }

    /** Refuses a bound of {@code key} beyond ±{@code max}, naming the limit. */
    private void within(YamlSection o, String key, double[] bounds, double max, String unit) {
        for (double b : bounds) {
            if (Math.abs(b) > max) {
                String limit = String.format(java.util.Locale.ROOT, "%,.0f", max) + (unit.isEmpty() ? "" : " " + unit);
                throw error(o.node(key), o.key(key), "bound " + b + (unit.isEmpty() ? "" : " " + unit) + " is implausible for a lab press: at most ±" + limit);
            }
        }
    }

    private double[] pair(YamlSection o, String key) {
        Node n = o.node(key);
        if (!(n instanceof SequenceNode seq) || seq.getValue().size() != 2) {
            throw error(n, o.key(key), "expected [min, max]");
        }
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            Node item = seq.getValue().get(i);
            out[i] = finite(item, o.key(key), scalar(item, o.key(key)));
        }
        return out;
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, key, "expected a single value");
        }
        return s.getValue();
    }
}

package org.layerpress.application.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One {@code key: value} section of a YAML data file (press mapping, recipe) read from SnakeYAML's
 * node tree, so that every problem names the file, the line and the dotted key
 * (docs/decisions/0009-yaml-node-walk.md). Loaders subclass it to add their own value types; {@link #section} makes children of
 * the same subclass through {@link #child}.
 */
public class YamlSection {

    /** The key path of a file's top level, as error messages show it. */
    public static final String ROOT = "(root)";

    /** A decimal number, then (optionally spaced) the rest: the unit. */
    private static final Pattern QUANTITY = Pattern.compile("([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)");

    /** Makes the loader's exception (a {@link FileProblemException}) for a node, a dotted key and a problem. */
    @FunctionalInterface
    public interface Problems {
        FileProblemException at(int line, String key, String problem);

        default FileProblemException at(Node node, String key, String problem) {
            return at(node == null ? 0 : node.getStartMark().getLine() + 1, key, problem);
        }
    }

    private final Node self;
    private final String path;
    private final Map<String, NodeTuple> entries;
    protected final Problems problems;

    /** Reads {@code node} as a section; refuses lists, single values and duplicate keys. */
    protected YamlSection(Node node, String path, Problems problems) {
        this.problems = problems;
        this.self = node;
        this.path = path;
        if (!(node instanceof MappingNode m)) {
            throw problems.at(node, path, "expected a section of 'key: value' lines");
        }
        Map<String, NodeTuple> found = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode k)) {
                throw problems.at(keyNode, path, "expected a plain name as key");
            }
            String name = k.getValue();
            if (found.containsKey(name)) {
                throw problems.at(keyNode, childPath(path, name), "duplicate key " + InputLimits.excerpt(name) + " (first on line "
                        + (found.get(name).getKeyNode().getStartMark().getLine() + 1) + ")");
            }
            found.put(name, t);
        }
        this.entries = found;
    }

    /** The top level of a file. */
    public static YamlSection root(Node node, Problems problems) {
        return new YamlSection(node, ROOT, problems);
    }

    /** Subclasses return their own type here so {@link #section} keeps their value readers. */
    protected YamlSection child(Node node, String childPath) {
        return new YamlSection(node, childPath, problems);
    }

    private static String childPath(String path, String k) {
        return path.equals(ROOT) ? k : path + "." + k;
    }

    public FileProblemException error(Node node, String key, String problem) {
        return problems.at(node, key, problem);
    }

    public Node self() {
        return self;
    }

    /** This section's dotted key ({@link #ROOT} for the top level). */
    public String path() {
        return path;
    }

    /** The dotted key of an entry of this section, e.g. {@code signals.force.scale}. */
    public String key(String k) {
        return childPath(path, k);
    }

    public boolean has(String k) {
        return entries.containsKey(k);
    }

    /** The entry's value node; refused as "missing" when the key is absent. */
    public Node node(String k) {
        NodeTuple t = entries.get(k);
        if (t == null) {
            throw problems.at(self, key(k), "missing");
        }
        return t.getValueNode();
    }

    /** The node of an entry's name (where an unknown or misplaced name is reported). */
    public Node keyNode(String k) {
        NodeTuple t = entries.get(k);
        if (t == null) {
            throw problems.at(self, key(k), "missing");
        }
        return t.getKeyNode();
    }

    /** The entries' names in file order. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    public YamlSection section(String k) {
        return child(node(k), key(k));
    }

    /** A single value as written; {@code key:} and {@code key: ~} are the empty text, a quoted "null" is the word. */
    public String text(String k) {
        return scalarText(node(k), key(k));
    }

    /** A single value, trimmed, that must not be empty. */
    public String requiredText(String k) {
        String v = text(k).trim();
        if (v.isEmpty()) {
            throw problems.at(node(k), key(k), "must not be empty");
        }
        return v;
    }

    /** {@link #text}, refused (at its line and key) when it breaks {@code limit}; the text is kept as written. */
    public String text(String k, InputLimits.TextLimit limit) {
        return within(node(k), key(k), text(k), limit);
    }

    /** {@link #requiredText}, refused when it breaks {@code limit}. */
    public String requiredText(String k, InputLimits.TextLimit limit) {
        return within(node(k), key(k), requiredText(k), limit);
    }

    /** {@code value} (read from {@code n} at {@code key}) unchanged, or the refusal of {@code limit} there. */
    public String within(Node n, String key, String value, InputLimits.TextLimit limit) {
        limit.refusal(value).ifPresent(message -> {
            throw problems.at(n, key, message);
        });
        return value;
    }

    public Optional<String> optionalText(String k) {
        return has(k) ? Optional.of(requiredText(k)) : Optional.empty();
    }

    public String scalarText(Node n, String key) {
        if (!(n instanceof ScalarNode s)) {
            throw problems.at(n, key, "expected a single value, not a list or a section");
        }
        return Tag.NULL.equals(s.getTag()) && isNullLiteral(s.getValue()) ? "" : s.getValue();
    }

    /** A list of single values; {@code example} shows the expected form in errors. */
    public List<ScalarNode> scalarList(String k, String example) {
        Node n = node(k);
        if (!(n instanceof SequenceNode seq)) {
            throw problems.at(n, key(k), "expected a list such as " + example);
        }
        List<ScalarNode> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) {
                throw problems.at(item, key(k), "expected a list of single values such as " + example);
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A number followed by one of the units ({@code 360 MPa}); the first unit is the one named in
     * errors, with {@code example}. A bare number is refused: the unit is mandatory.
     */
    public Quantity quantity(String k, String example, Quantity.Sign sign, String... units) {
        String v = text(k).trim();
        Node n = node(k);
        String expected = "expected a number followed by " + String.join(" or ", units) + " (e.g. '" + example + "')";
        Matcher m = QUANTITY.matcher(v);
        if (v.isEmpty()) {
            throw problems.at(n, key(k), expected + ", got nothing");
        }
        if (!m.matches()) {
            throw problems.at(n, key(k), expected + ", got " + InputLimits.excerpt(v));
        }
        String number = m.group(1);
        String unit = m.group(2).trim();
        if (unit.isEmpty()) {
            throw problems.at(n, key(k), expected + ", got the bare number " + InputLimits.excerpt(v) + ": the unit is mandatory");
        }
        if (!List.of(units).contains(unit)) {
            throw problems.at(n, key(k), "wrong unit " + InputLimits.excerpt(unit) + ": " + expected);
        }
        double value = Double.parseDouble(number);
        if (!Double.isFinite(value)) {
            throw problems.at(n, key(k), "number out of range: " + InputLimits.excerpt(v) + " is beyond the largest number a double holds (about 1.8e308)");
        }
        if (sign == Quantity.Sign.POSITIVE && !(value > 0)) {
            throw problems.at(n, key(k), "must be above 0, got " + InputLimits.excerpt(v));
        }
        if (sign == Quantity.Sign.NOT_NEGATIVE && value < 0) {
            throw problems.at(n, key(k), "must not be negative, got " + InputLimits.excerpt(v));
        }
        return new Quantity(number, unit, n, key(k));
    }

    /** A positive force in kN, tf (metric tonne-force) or ustf (US ton-force): never a bare number. */
    public Force force(String k, String example) {
        Quantity q = quantity(k, example, Quantity.Sign.POSITIVE, ForceUnit.KILONEWTON.symbol(), ForceUnit.TONNE_FORCE.symbol(),
                ForceUnit.US_TON_FORCE.symbol());
        return Force.of(q.value(), ForceUnit.ofSymbol(q.unit()));
    }

    /** Refuses any key not listed, naming the ones that are allowed. */
    public void allowOnly(String... keys) {
        List<String> allowed = List.of(keys);
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw problems.at(e.getValue().getKeyNode(), key(e.getKey()), "unknown key, expected one of " + String.join(", ", allowed));
            }
        }
    }

    private static boolean isNullLiteral(String v) {
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }
}

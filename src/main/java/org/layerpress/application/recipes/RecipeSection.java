package org.layerpress.application.recipes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.layerpress.application.files.Quantity;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A recipe file's section: the shared YAML reading plus the recipe's value types (units, durations). */
final class RecipeSection extends YamlSection {

    /**
     * Whether the input limits apply: to a file being imported, yes; to a recipe's text as stored (a
     * version, a batch's control recipe), no, so a record written before a limit existed is still
     * read as it was.
     */
    private final boolean bounded;

    RecipeSection(Node node, String path, Problems problems, boolean bounded) {
        super(node, path, problems);
        this.bounded = bounded;
    }

    @Override
    protected RecipeSection child(Node node, String childPath) {
        return new RecipeSection(node, childPath, problems, bounded);
    }

    RecipeSection obj(String k) {
        return (RecipeSection) section(k);
    }

    /** A list of texts: within the limits when bounded, its length checked before any item is read. */
    List<String> textList(String k) {
        List<ScalarNode> nodes = scalarList(k, "[\"first\", \"second\"]");
        if (bounded && nodes.size() > InputLimits.STEP_ITEMS_MAX) {
            throw error(node(k), key(k), InputLimits.tooMany("entries", InputLimits.STEP_ITEMS_MAX, nodes.size()));
        }
        return nodes.stream().map(s -> {
            String v = scalarText(s, key(k));
            return bounded ? within(s, key(k), v, InputLimits.CHECK_ITEM) : v;
        }).toList();
    }

    String title() {
        return bounded("title", InputLimits.STEP_TITLE);
    }

    String bounded(String k, InputLimits.TextLimit limit) {
        return bounded ? text(k, limit) : text(k);
    }

    boolean bool(String k) {
        String v = text(k).trim();
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw error(node(k), key(k), "expected true or false, got " + InputLimits.excerpt(v));
    }

    Duration duration(String k) {
        Quantity q = quantity(k, "120 s", Quantity.Sign.NOT_NEGATIVE, "s", "min");
        BigDecimal seconds = new BigDecimal(q.number());
        if (q.unit().equals("min")) {
            seconds = seconds.multiply(BigDecimal.valueOf(60));
        }
        seconds = seconds.stripTrailingZeros();
        if (seconds.scale() > 9) {
            throw error(q.node(), q.key(), "at most nanosecond precision (9 decimals of a second), got " + InputLimits.excerpt(text(k).trim()));
        }
        try {
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
            return Duration.ofSeconds(whole.longValueExact(), nanos);
        } catch (ArithmeticException e) {
            throw error(q.node(), q.key(), "too long a duration: " + InputLimits.excerpt(text(k).trim()));
        }
    }
}

package org.layerpress.application.recipes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeText;

/** What changed between two recipe definitions, field by field (the canonical text's keys). */
public final class RecipeDiff {

    /** One changed field; an empty side means the field is absent there (a step added or removed). */
    public record Change(String key, String before, String after) {
    }

    private RecipeDiff() {
    }

    public static List<Change> between(RecipeDefinition before, RecipeDefinition after) {
        Map<String, String> a = fields(before);
        Map<String, String> b = fields(after);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            String x = a.getOrDefault(k, "");
            String y = b.getOrDefault(k, "");
            if (!x.equals(y)) {
                out.add(new Change(k, x, y));
            }
        }
        return out;
    }

    /** As text for the audit trail's old → new columns. */
    public static String[] asOldNew(List<Change> changes) {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (Change c : changes) {
            before.append(c.key()).append('=').append(c.before()).append('\n');
            after.append(c.key()).append('=').append(c.after()).append('\n');
        }
        return new String[] {before.toString().strip(), after.toString().strip()};
    }

    private static Map<String, String> fields(RecipeDefinition d) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : RecipeText.lines(d)) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }
}

package org.layerpress.ui.recipe;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.RecipeDiff;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Two versions of one recipe side by side: the fields that differ, each as before → after (the keys
 * of the canonical text that signatures bind to, put in words).
 */
public final class RecipeDiffViewModel {

    /** One changed field as shown: "Step 5 · pressure (MPa)", "360.0", "375.0". */
    public record ChangeRow(String field, String before, String after, String key) {
    }

    private static final Pattern STEP = Pattern.compile("step\\.(\\d+)\\.(.+)");

    private final RecipeServices recipes;
    private final Session session;
    private final ScreenCalls calls;
    private final ObservableList<RecipeVersion> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RecipeVersion> from = new ReadOnlyObjectWrapper<>(this, "from");
    private final ReadOnlyObjectWrapper<RecipeVersion> to = new ReadOnlyObjectWrapper<>(this, "to");
    private final ReadOnlyStringWrapper fromText = new ReadOnlyStringWrapper(this, "fromText", Words.format("recipe.diff.from", "—"));
    private final ReadOnlyStringWrapper toText = new ReadOnlyStringWrapper(this, "toText", Words.format("recipe.diff.to", "—"));
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public RecipeDiffViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        this.recipes = recipes;
        this.session = session;
        this.calls = new ScreenCalls(runner);
    }

    /** Reads the versions of a recipe and compares {@code versionId} with the one before it (or the next, for v1). */
    public void load(long recipeId, long versionId) {
        calls.call(() -> recipes.queries().versions(session, recipeId), list -> {
            versions.setAll(list);
            if (list.isEmpty()) {
                say(Words.get("recipe.diff.noVersions"), Severity.WARNING);
                return;
            }
            title.set(Words.format("recipe.diff.title", list.get(0).definition().name()));
            int at = 0;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id() == versionId) {
                    at = i;
                }
            }
            if (list.size() == 1) {
                from.set(list.get(0));
                to.set(list.get(0));
            } else if (at == 0) {
                from.set(list.get(0));
                to.set(list.get(1));
            } else {
                from.set(list.get(at - 1));
                to.set(list.get(at));
            }
            compare();
        });
    }

    /** The choices for a version picker: "v1 · APPROVED". */
    public List<String> choices() {
        return versions.stream().map(RecipeDiffViewModel::choice).toList();
    }

    public static String choice(RecipeVersion v) {
        return "v" + v.version() + " · " + RecipeWords.status(v.status());
    }

    public void pickFrom(String choice) {
        find(choice).ifPresent(v -> {
            from.set(v);
            compare();
        });
    }

    public void pickTo(String choice) {
        find(choice).ifPresent(v -> {
            to.set(v);
            compare();
        });
    }

    private Optional<RecipeVersion> find(String choice) {
        return versions.stream().filter(v -> choice(v).equals(choice)).findFirst();
    }

    private void compare() {
        RecipeVersion a = from.get();
        RecipeVersion b = to.get();
        fromText.set(Words.format("recipe.diff.from", a == null ? "—" : choice(a)));
        toText.set(Words.format("recipe.diff.to", b == null ? "—" : choice(b)));
        if (a == null || b == null) {
            return;
        }
        List<RecipeDiff.Change> diff = recipes.queries().diff(a, b);
        changes.setAll(diff.stream().map(c -> new ChangeRow(readableKey(c.key()), shown(c.before()), shown(c.after()), c.key())).toList());
        if (a.id() == b.id()) {
            summary.set(Words.get("recipe.diff.sameVersion"));
        } else {
            summary.set(diff.isEmpty() ? Words.format("recipe.diff.noDifference", "v" + a.version(), "v" + b.version())
                    : Words.format("recipe.diff.differ", diff.size(), "v" + a.version(), "v" + b.version()));
        }
        say("", Severity.NORMAL);
    }

    /** "(none)" for an absent field; numbers without a needless ".0" (360.0 → 360). */
    static String shown(String value) {
        if (value.isEmpty()) {
            return Words.get("recipe.diff.none");
        }
        try {
            return RecipeWords.plain(Double.parseDouble(value));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    /** "step.5.pressure.MPa" → "Step 5 · pressure (MPa)"; "die.bore.mm" → "die bore (mm)". */
    public static String readableKey(String key) {
        Matcher m = STEP.matcher(key);
        String prefix = "";
        String rest = key;
        if (m.matches()) {
            prefix = Words.format("recipe.diff.step", m.group(1));
            rest = m.group(2);
        }
        String[] parts = rest.split("\\.");
        String last = parts[parts.length - 1];
        boolean unit = parts.length > 1 && (last.equals("MPa") || last.equals("MPaps") || last.equals("s") || last.equals("mg")
                || last.equals("mm") || last.equals("kN") || last.equals("ppm") || last.equals("kNps") || last.equals("percent") || last.equals("C"));
        String[] named = unit ? java.util.Arrays.copyOf(parts, parts.length - 1) : parts;
        // The field's name in the reader's language where the bundle has it, else the key's own words.
        String wordsKey = "recipe.key." + String.join(".", named);
        String words = Words.get(wordsKey);
        if (words.equals(wordsKey)) {
            words = String.join(" ", named);
        }
        String unitText = switch (last) {
            case "MPaps" -> "MPa/s";
            case "kNps" -> "kN/s";
            case "percent" -> "%";
            case "C" -> "°C";
            default -> last;
        };
        return prefix + words + (unit ? " (" + unitText + ")" : "");
    }

    private void say(String words, Severity severity) {
        calls.say(words, severity);
    }

    public ObservableList<RecipeVersion> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<RecipeVersion> fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecipeVersion> toProperty() {
        return to.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fromTextProperty() {
        return fromText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toTextProperty() {
        return toText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }

    public String getTitle() {
        return title.get();
    }

    public String getFromText() {
        return fromText.get();
    }

    public String getToText() {
        return toText.get();
    }
}

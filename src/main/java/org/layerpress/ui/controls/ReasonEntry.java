package org.layerpress.ui.controls;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.ui.fx.Words;

/**
 * A reason a person gives (an abort, a deviation, a role change, a rejection…): one preset tapped
 * from a short list, plus optional details. The reason is the preset, or "preset: details"; "Other"
 * stands only with details (alone it says nothing). {@link TapPicker#pickReason(javafx.scene.layout.StackPane, String, ReasonEntry, Runnable)}
 * lets the person choose; every screen that asks for a reason keeps one of these.
 */
public final class ReasonEntry {

    /** The preset that means "my details say why". */
    public static final String OTHER = "Other";

    private final List<String> presets;
    private final ReadOnlyStringWrapper preset = new ReadOnlyStringWrapper(this, "preset", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");

    public ReasonEntry(List<String> presets) {
        this.presets = List.copyOf(Objects.requireNonNull(presets, "presets"));
        reason.bind(Bindings.createStringBinding(() -> combine(preset.get(), details.get()), preset, details));
    }

    /** The reason from a preset and details, by the rule above. */
    public static String combine(String preset, String details) {
        String p = preset == null ? "" : preset.strip();
        String d = details == null ? "" : details.strip();
        if (p.isEmpty() || OTHER.equals(p)) {
            return d;
        }
        return d.isEmpty() ? p : p + ": " + d;
    }

    /** What the person chose: a preset ("" for none) and details. */
    public void pick(String chosenPreset, String typedDetails) {
        preset.set(chosenPreset == null ? "" : chosenPreset);
        details.set(typedDetails == null ? "" : typedDetails.strip());
    }

    public void clear() {
        pick("", "");
    }

    public List<String> presets() {
        return presets;
    }

    public String getPreset() {
        return preset.get();
    }

    public String getDetails() {
        return details.get();
    }

    /** The reason a use case gets; "" while none is given. */
    public String reason() {
        return reason.get();
    }

    public boolean isGiven() {
        return !reason.get().isEmpty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /**
     * The words on the button that opens the picker: "{@code caption}: the reason", or, while there
     * is none, "{@code emptyCaption}: tap to choose".
     */
    public StringBinding shownAs(String caption, String emptyCaption) {
        return Bindings.createStringBinding(() -> isGiven() ? caption + ": " + shown() : emptyCaption + ": " + Words.get("admin.tapToChoose"), reason);
    }

    /** The reason as the person reads it: the preset's tile words ({@link TapPicker#shown}), the details as typed. */
    private String shown() {
        String p = preset.get();
        return p.isEmpty() || OTHER.equals(p) ? reason() : combine(TapPicker.shown(p), details.get());
    }
}

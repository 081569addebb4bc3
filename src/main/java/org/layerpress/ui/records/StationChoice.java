package org.layerpress.ui.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.ui.fx.Words;

/**
 * The list's Station filter, for a list that reads several stations' records (the central copy). A station's
 * own list has no stations to choose from, and then the filter is not shown at all.
 */
public final class StationChoice {

    private final List<String> stations = new ArrayList<>();
    private Optional<String> selected = Optional.empty();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", allStations());
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final Runnable changed;

    /** @param changed what the list does when the choice changes (start again at the first page) */
    StationChoice(Runnable changed) {
        this.changed = changed;
    }

    static String allStations() {
        return Words.get("records.station.all");
    }

    void setChoices(List<String> found) {
        stations.clear();
        stations.addAll(found);
        shown.set(!stations.isEmpty());
    }

    /** "All stations" first, then each station's id. */
    public List<String> choices() {
        return RecordWords.withFirst(allStations(), stations);
    }

    /** A station's id as tapped, or "All stations". */
    public void select(String station) {
        selected = station == null || allStations().equals(station) ? Optional.empty() : Optional.of(station);
        text.set(selected.orElse(allStations()));
        changed.run();
    }

    public Optional<String> selected() {
        return selected;
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}

package org.layerpress.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A big live number with its caption and unit, and a STALE marker when it has no live value
 * (pseudo-class {@code :stale}), saying since when when the reading knows ("STALE, no data since 14:02:11"). In FXML: {@code <LiveReadout caption="Force" unit="kN" reading="${...}"/>}.
 */
public final class LiveReadout extends VBox {

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final ObjectProperty<Reading> reading = new SimpleObjectProperty<>(this, "reading", Reading.STALE);
    private final Label value = new Label();
    private final Label staleTag = new Label("STALE");

    public LiveReadout() {
        getStyleClass().add("lp-readout");
        Label captionLabel = new Label();
        captionLabel.getStyleClass().add("lp-readout-caption");
        captionLabel.textProperty().bind(caption);
        value.getStyleClass().add("lp-readout-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label unitLabel = new Label();
        unitLabel.getStyleClass().add("lp-readout-unit");
        unitLabel.textProperty().bind(unit);
        unitLabel.setMinWidth(Region.USE_PREF_SIZE);
        staleTag.getStyleClass().add("lp-stale-tag");
        staleTag.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(value, unitLabel, staleTag);
        row.getStyleClass().add("lp-readout-row");
        row.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(captionLabel, row);
        reading.addListener((obs, old, now) -> show(now));
        show(reading.get());
    }

    private void show(Reading shown) {
        Reading r = shown == null ? Reading.STALE : shown;
        value.setText(r.text());
        staleTag.setText(r.note().isEmpty() ? "STALE" : "STALE, " + r.note());
        staleTag.setVisible(r.stale()); // stays managed: the layout does not jump when the link flaps
        pseudoClassStateChanged(STALE, r.stale());
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public String getCaption() {
        return caption.get();
    }

    public void setCaption(String text) {
        caption.set(text);
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public String getUnit() {
        return unit.get();
    }

    public void setUnit(String text) {
        unit.set(text);
    }

    public ObjectProperty<Reading> readingProperty() {
        return reading;
    }

    public Reading getReading() {
        return reading.get();
    }

    public void setReading(Reading r) {
        reading.set(r);
    }
}

package org.layerpress.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One state on screen: glyph, caption, STALE marker and word, e.g. "[▲] Door  OPEN". The theme styles
 * it by the pseudo-classes {@code :stale}, {@code :warning}, {@code :alarm} and the glyph's style class.
 * Usable in FXML and Scene Builder: {@code <StatusIndicator caption="Door" indication="${...}"/>}.
 */
public final class StatusIndicator extends HBox {

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");

    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final ObjectProperty<Indication> indication = new SimpleObjectProperty<>(this, "indication", Indication.UNKNOWN);
    private final Region glyph = new Region();
    private final Label word = new Label();
    private final Label staleTag = new Label("STALE");

    public StatusIndicator() {
        getStyleClass().add("lp-indicator");
        glyph.getStyleClass().add("lp-glyph");
        Label captionLabel = new Label();
        captionLabel.getStyleClass().add("lp-indicator-caption");
        captionLabel.textProperty().bind(caption);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        staleTag.getStyleClass().add("lp-stale-tag");
        word.getStyleClass().add("lp-indicator-word");
        word.setMinWidth(Region.USE_PREF_SIZE);
        staleTag.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(glyph, captionLabel, spacer, staleTag, word);
        indication.addListener((obs, old, now) -> show(now));
        show(indication.get());
    }

    private void show(Indication shown) {
        Indication i = shown == null ? Indication.UNKNOWN : shown;
        word.setText(i.word());
        glyph.getStyleClass().setAll("lp-glyph", i.glyph().styleClass());
        staleTag.setVisible(i.stale());
        staleTag.setManaged(i.stale());
        pseudoClassStateChanged(STALE, i.severity() == Severity.STALE);
        pseudoClassStateChanged(WARNING, i.severity() == Severity.WARNING);
        pseudoClassStateChanged(ALARM, i.severity() == Severity.ALARM);
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public String getCaption() {
        return caption.get();
    }

    public void setCaption(String value) {
        caption.set(value);
    }

    public ObjectProperty<Indication> indicationProperty() {
        return indication;
    }

    public Indication getIndication() {
        return indication.get();
    }

    public void setIndication(Indication value) {
        indication.set(value);
    }
}

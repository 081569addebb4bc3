package org.layerpress.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A screen's one-line message: shown only when there is one, with a check or warning glyph, amber
 * for a warning (colour never alone: the glyph and the words say it too). Shared by the recipe and
 * record screens.
 */
public final class MessageLine {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private MessageLine() {
    }

    public static void bind(Label label, ObservableValue<Severity> severity) {
        Region glyph = new Region();
        glyph.getStyleClass().add("lp-glyph");
        label.setGraphic(glyph);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        Runnable show = () -> {
            boolean warning = severity.getValue() != null && severity.getValue().abnormal();
            label.pseudoClassStateChanged(WARNING, warning);
            glyph.getStyleClass().setAll("lp-glyph", (warning ? Glyph.WARNING : Glyph.OK).styleClass());
        };
        severity.addListener((obs, was, now) -> show.run());
        show.run();
    }
}

package org.layerpress.ui.records;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.fx.Words;

/** Small pieces the QA screens share: a chip with glyph and word. */
final class RecordNodes {

    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private RecordNodes() {
    }

    /** The TRAINING mark: the demo tag's heavy dashed frame, a word, no colour (training is not an alarm); the record says TRAINING in any language. */
    static Label trainingMark() {
        Label mark = new Label(Words.get("records.training"));
        mark.getStyleClass().addAll("lp-demo-tag", "lp-training-mark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.setAccessibleText(Words.get("records.trainingAccessible"));
        return mark;
    }

    /** Word and glyph; amber only when abnormal, so colour never stands alone. */
    static Label chip(Indication indication) {
        Label chip = new Label(indication.word());
        chip.getStyleClass().addAll("lp-tag", "lp-record-chip");
        Region glyph = new Region();
        glyph.getStyleClass().addAll("lp-glyph", indication.glyph().styleClass());
        chip.setGraphic(glyph);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.pseudoClassStateChanged(WARNING, indication.abnormal());
        return chip;
    }
}

package org.layerpress.ui.recipe;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.MessageLine;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;

/** Small pieces the recipe screens share: the status chip, a validator's objection, a value amber past its limit, page buttons for a scroll pane. */
final class RecipeNodes {

    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private RecipeNodes() {
    }

    /** A chip with the status word; APPROVED also shows a lock. Grey: the word carries the state. */
    static Label statusChip(RecipeStatus status) {
        Label chip = new Label(RecipeWords.status(status));
        chip.getStyleClass().addAll("lp-status-chip", "lp-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        if (status == RecipeStatus.APPROVED) {
            Region lock = new Region();
            lock.getStyleClass().addAll("lp-glyph", "lp-glyph-lock");
            chip.setGraphic(lock);
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.setAccessibleText(Words.format("recipe.status.locked", RecipeWords.status(status)));
        }
        return chip;
    }

    /** A validator's objection: a message line with the warning (amber, glyph and words). */
    static MessageLine problem(String text) {
        MessageLine line = new MessageLine();
        line.getStyleClass().addAll("lp-message", "lp-problem");
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.setMessage(Message.warning(text));
        return line;
    }

    /** Plain text while normal; amber with the warning glyph when abnormal (a limit exceeded). */
    static void warnWhen(Label label, ObservableValue<Severity> severity) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll("lp-glyph", Glyph.WARNING.styleClass());
        Runnable show = () -> {
            boolean warning = severity.getValue() != null && severity.getValue().abnormal();
            label.pseudoClassStateChanged(WARNING, warning);
            label.setGraphic(warning ? glyph : null);
        };
        severity.addListener((obs, was, now) -> show.run());
        show.run();
    }

    /**
     * Page up / down for a scroll pane of cards: a tap moves at most most of a page (no dragging),
     * and a card's top lands at the top of the view so no card starts cut off.
     */
    static void page(ScrollPane scroll, int pages) {
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double range = content - view;
        double top = scroll.getVvalue() * range;
        double step = 0.85 * view;
        double target = top + pages * step;
        if (scroll.getContent() instanceof javafx.scene.layout.Pane cards) {
            java.util.List<Double> tops = cards.getChildren().stream().map(n -> n.getBoundsInParent().getMinY()).sorted().toList();
            if (pages > 0) {
                target = tops.stream().filter(y -> y > top + 1 && y <= top + step).reduce((a, b) -> b).orElse(target);
            } else {
                target = tops.stream().filter(y -> y < top - 1 && y >= top - step).findFirst().orElse(target);
            }
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / range)));
    }
}

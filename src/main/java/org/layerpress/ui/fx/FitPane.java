package org.layerpress.ui.fx;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Hosts a section in the main frame's body and never lets it push the frame past the panel: a
 * section that needs more room than the body has is laid out at the size it needs and scaled down
 * to fit, so every control stays on screen and tappable (a kiosk has no scrolling window to fall
 * back on). A section that fits is laid out as is.
 */
public final class FitPane extends Region {

    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public FitPane(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("lp-fit-pane");
    }

    public Node content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double needW = Math.max(w, content.minWidth(-1));
        double needH = Math.max(h, content.getContentBias() == Orientation.HORIZONTAL ? content.minHeight(needW) : content.minHeight(-1));
        double factor = Math.min(1, Math.min(w / needW, h / needH));
        scale.setX(factor);
        scale.setY(factor);
        // Centred across when scaled, so a shrunken section does not hug one side.
        content.resizeRelocate((w - needW * factor) / 2, 0, needW, needH);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }
}

package org.layerpress.ui.batch;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.layerpress.chart.Scale;
import org.layerpress.chart.TargetBand;

/**
 * What a step's trend draws of the recipe: the band as a shaded strip, the target as a dashed line
 * across, and its words just under the band. Shared by the press step's trend and the platens' trend,
 * so both read the recipe alike; the shapes are unmanaged children of the pane that lays them out.
 */
final class TargetMarks {

    private final Rectangle band = new Rectangle();
    private final Line target = new Line();
    private final Label label = new Label();

    TargetMarks() {
        band.getStyleClass().add("lp-trend-band");
        target.getStyleClass().add("lp-trend-limit");
        label.getStyleClass().add("lp-trend-limit-label");
        for (Node n : nodes()) {
            n.setManaged(false);
        }
    }

    List<Node> nodes() {
        return List.of(band, target, label);
    }

    void setVisible(boolean shown) {
        nodes().forEach(n -> n.setVisible(shown));
    }

    /** Lays the marks out for {@code recipe} on these scales, inside the plot {@code left..left+w}, {@code top..top+h}. */
    void layout(TargetBand recipe, Scale x, Scale y, double left, double top, double w, double h, String words) {
        TargetBand.Rect strip = recipe.bandAcross(x, y, 0);
        band.setX(strip.x());
        band.setY(strip.y());
        band.setWidth(strip.width());
        band.setHeight(strip.height());
        double yt = recipe.targetRow(y);
        target.setStartX(left);
        target.setEndX(left + w);
        target.setStartY(yt);
        target.setEndY(yt);
        label.setText(words);
        double lh = label.prefHeight(-1);
        label.resizeRelocate(left + 4, Math.min(top + h - lh, y.px(recipe.low()) + 2), label.prefWidth(-1), lh);
    }
}

package org.layerpress.ui.batch;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Series;
import org.layerpress.chart.Span;
import org.layerpress.chart.TargetBand;
import org.layerpress.ui.controls.PathShapes;

/**
 * The running press step's pressure against the recipe: the band as a shaded strip with its
 * edges, the target as a dashed line with its value, and the measured pressure as a line (gaps
 * where there was no live value). Plain shapes styled by the theme; no chart library. Coordinates
 * come from the shared chart geometry ({@code org.layerpress.chart}), the line thinned to pixel columns.
 */
public final class StepTrendPane extends Region {

    private final ObjectProperty<StepTrend> trend = new SimpleObjectProperty<>(this, "trend");
    private final Rectangle band = new Rectangle();
    private final Line target = new Line();
    private final Path line = new Path();
    private final Label targetLabel = new Label();

    public StepTrendPane() {
        getStyleClass().addAll("lp-trend", "lp-step-trend");
        band.getStyleClass().add("lp-trend-band");
        target.getStyleClass().add("lp-trend-limit");
        line.getStyleClass().add("lp-trend-line");
        targetLabel.getStyleClass().add("lp-trend-limit-label");
        for (javafx.scene.Node n : new javafx.scene.Node[] {band, target, line, targetLabel}) {
            n.setManaged(false);
        }
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(band, target, targetLabel, line);
        trend.addListener((obs, was, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        StepTrend t = trend.get();
        boolean shown = t != null;
        band.setVisible(shown);
        target.setVisible(shown);
        targetLabel.setVisible(shown);
        if (!shown) {
            line.getElements().clear();
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = Math.max(0, getWidth() - left - snappedRightInset());
        double h = Math.max(0, getHeight() - top - snappedBottomInset());
        Scale x = Scale.across(Span.zeroTo(t.spanSeconds()), left, w).clamp();
        Scale y = Scale.upScreen(Span.zeroTo(t.top()), top, h).clamp();
        TargetBand recipe = new TargetBand(t.target(), t.band());
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
        targetLabel.setText(String.format(Locale.ROOT, "target %s \u00b1 %s MPa", StepWords.num(t.target()), StepWords.num(t.band())));
        double lw = targetLabel.prefWidth(-1);
        double yLow = y.px(recipe.low());
        targetLabel.resizeRelocate(left + 4, Math.min(top + h - targetLabel.prefHeight(-1), yLow + 2), lw, targetLabel.prefHeight(-1));
        line.getElements().setAll(PathShapes.elements(
                Polyline.of(Series.of(t.points(), StepTrend.Point::seconds, StepTrend.Point::megaPascals), x, y)));
    }

    public ObjectProperty<StepTrend> trendProperty() {
        return trend;
    }

    public StepTrend getTrend() {
        return trend.get();
    }

    public void setTrend(StepTrend value) {
        trend.set(value);
    }
}

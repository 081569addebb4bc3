package org.layerpress.ui.batch;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Series;
import org.layerpress.chart.Span;
import org.layerpress.chart.TargetBand;
import org.layerpress.ui.controls.PathShapes;
import org.layerpress.ui.fx.Words;

/**
 * The running press step's pressure against the recipe: the band as a shaded strip with its
 * edges, the target as a dashed line with its value ({@link TargetMarks}), and the measured pressure
 * as a line (gaps where there was no live value). Plain shapes styled by the theme; no chart library.
 * Coordinates come from the shared chart geometry ({@code org.layerpress.chart}), the line thinned to pixel columns.
 */
public final class StepTrendPane extends Region {

    private final ObjectProperty<StepTrend> trend = new SimpleObjectProperty<>(this, "trend");
    private final TargetMarks marks = new TargetMarks();
    private final Path line = new Path();

    public StepTrendPane() {
        getStyleClass().addAll("lp-trend", "lp-step-trend");
        line.getStyleClass().add("lp-trend-line");
        line.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(marks.nodes());
        getChildren().add(line);
        trend.addListener((obs, was, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        StepTrend t = trend.get();
        boolean shown = t != null;
        marks.setVisible(shown);
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
        marks.layout(new TargetBand(t.target(), t.band()), x, y, left, top, w, h,
                Words.format("step.trend.target", StepWords.num(t.target()), StepWords.num(t.band())));
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

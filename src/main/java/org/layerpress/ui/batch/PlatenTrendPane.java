package org.layerpress.ui.batch;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
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
 * Both platens' temperatures against the step's target: the soak band as a shaded strip, the target
 * as a dashed line with its value ({@link TargetMarks}), the top platen as a solid line and the bottom one dashed (told
 * apart by pattern and by the caption under the chart, never by colour alone). Plain shapes on the
 * shared chart geometry ({@code org.layerpress.chart}), as the press step's trend.
 */
public final class PlatenTrendPane extends Region {

    private final ObjectProperty<PlatenTrend> trend = new SimpleObjectProperty<>(this, "trend");
    private final TargetMarks marks = new TargetMarks();
    private final Path topLine = new Path();
    private final Path bottomLine = new Path();

    public PlatenTrendPane() {
        getStyleClass().addAll("lp-trend", "lp-step-trend", "lp-platen-trend");
        topLine.getStyleClass().add("lp-trend-line");
        bottomLine.getStyleClass().addAll("lp-trend-line", "lp-trend-line-second");
        topLine.setManaged(false);
        bottomLine.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(marks.nodes());
        getChildren().addAll(topLine, bottomLine);
        trend.addListener((obs, was, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        PlatenTrend t = trend.get();
        for (Node n : getChildren()) {
            n.setVisible(t != null);
        }
        if (t == null) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = Math.max(0, getWidth() - left - snappedRightInset());
        double h = Math.max(0, getHeight() - top - snappedBottomInset());
        Scale x = Scale.across(Span.zeroTo(t.spanSeconds()), left, w).clamp();
        Scale y = Scale.upScreen(new Span(t.low(), t.high()), top, h).clamp();
        marks.layout(new TargetBand(t.target(), t.band()), x, y, left, top, w, h, t.band() > 0
                ? Words.format("platen.trendSetpoint", StepWords.num(t.target()), StepWords.num(t.band()))
                : Words.format("platen.trendRelease", StepWords.num(t.target())));
        topLine.getElements().setAll(PathShapes.elements(Polyline.of(Series.of(t.points(), PlatenTrend.Point::seconds, PlatenTrend.Point::top), x, y)));
        bottomLine.getElements().setAll(PathShapes.elements(
                Polyline.of(Series.of(t.points(), PlatenTrend.Point::seconds, PlatenTrend.Point::bottom), x, y)));
    }

    public ObjectProperty<PlatenTrend> trendProperty() {
        return trend;
    }

    public PlatenTrend getTrend() {
        return trend.get();
    }

    public void setTrend(PlatenTrend value) {
        trend.set(value);
    }
}

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
 * The vessel pressure of a PRESSURISE or DEPRESSURISE against the recipe's band: the band as a shaded
 * strip with the target dashed and named ({@link TargetMarks}), the pressure as a solid line. Plain
 * shapes on the shared chart geometry ({@code org.layerpress.chart}), as the platens' trend; a vent
 * has no band and shows the pressure falling alone.
 */
public final class VesselTrendPane extends Region {

    private final ObjectProperty<VesselTrend> trend = new SimpleObjectProperty<>(this, "trend");
    private final TargetMarks marks = new TargetMarks();
    private final Path line = new Path();

    public VesselTrendPane() {
        getStyleClass().addAll("lp-trend", "lp-step-trend", "lp-vessel-trend");
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
        VesselTrend t = trend.get();
        for (Node n : marks.nodes()) {
            n.setVisible(t != null && t.banded());
        }
        line.setVisible(t != null);
        if (t == null) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = Math.max(0, getWidth() - left - snappedRightInset());
        double h = Math.max(0, getHeight() - top - snappedBottomInset());
        Scale x = Scale.across(Span.zeroTo(t.spanSeconds()), left, w).clamp();
        Scale y = Scale.upScreen(Span.zeroTo(t.high()), top, h).clamp();
        if (t.banded()) {
            marks.layout(new TargetBand(t.target(), t.band()), x, y, left, top, w, h,
                    Words.format("vessel.trendBand", StepWords.num(t.target()), StepWords.num(t.band())));
        }
        line.getElements().setAll(PathShapes.elements(Polyline.of(Series.of(t.points(), VesselTrend.Point::seconds, VesselTrend.Point::megaPascals), x, y)));
    }

    public ObjectProperty<VesselTrend> trendProperty() {
        return trend;
    }

    public VesselTrend getTrend() {
        return trend.get();
    }

    public void setTrend(VesselTrend value) {
        trend.set(value);
    }
}

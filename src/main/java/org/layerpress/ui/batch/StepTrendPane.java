package org.layerpress.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;

/**
 * The running press step's pressure against the recipe: the band as a shaded strip with its
 * edges, the target as a dashed line with its value, and the measured pressure as a line (gaps
 * where there was no live value). Plain shapes styled by the theme; no chart library.
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
        double yHigh = y(t.target() + t.band(), t, top, h);
        double yLow = y(t.target() - t.band(), t, top, h);
        band.setX(left);
        band.setY(yHigh);
        band.setWidth(w);
        band.setHeight(Math.max(0, yLow - yHigh));
        double yt = y(t.target(), t, top, h);
        target.setStartX(left);
        target.setEndX(left + w);
        target.setStartY(yt);
        target.setEndY(yt);
        targetLabel.setText(String.format(Locale.ROOT, "target %s \u00b1 %s MPa", StepWords.num(t.target()), StepWords.num(t.band())));
        double lw = targetLabel.prefWidth(-1);
        targetLabel.resizeRelocate(left + 4, Math.min(top + h - targetLabel.prefHeight(-1), yLow + 2), lw, targetLabel.prefHeight(-1));
        List<PathElement> elements = new ArrayList<>();
        boolean penDown = false;
        for (StepTrend.Point p : t.points()) {
            if (Double.isNaN(p.megaPascals())) {
                penDown = false;
                continue;
            }
            double x = left + w * Math.min(1, p.seconds() / t.spanSeconds());
            double y = y(p.megaPascals(), t, top, h);
            elements.add(penDown ? new LineTo(x, y) : new MoveTo(x, y));
            penDown = true;
        }
        line.getElements().setAll(elements);
    }

    private static double y(double mpa, StepTrend t, double top, double h) {
        return top + h * (1.0 - Math.max(0, Math.min(mpa, t.top())) / t.top());
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

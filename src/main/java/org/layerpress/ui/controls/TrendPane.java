package org.layerpress.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Series;
import org.layerpress.chart.Span;

/**
 * A small trend: one line over time (gaps where there was no live value) and a dashed limit line with
 * its name ({@code limitText}, e.g. "die rating") just below it. Plain shapes styled by the theme
 * ({@code .lp-trend-line}, {@code .lp-trend-limit}, {@code .lp-trend-limit-label}); no chart library.
 * The coordinates come from the shared chart geometry ({@code org.layerpress.chart}): the line is
 * thinned to one column per pixel, so a 30 s buffer costs the same at any sampling rate.
 */
public final class TrendPane extends Region {

    private final ObjectProperty<TrendSnapshot> trend = new SimpleObjectProperty<>(this, "trend", TrendSnapshot.EMPTY);
    private final Path line = new Path();
    private final Line limit = new Line();
    private final StringProperty limitText = new SimpleStringProperty(this, "limitText", "");
    private final Label limitLabel = new Label();

    public TrendPane() {
        getStyleClass().add("lp-trend");
        line.getStyleClass().add("lp-trend-line");
        limit.getStyleClass().add("lp-trend-limit");
        line.setManaged(false);
        limit.setManaged(false);
        limitLabel.getStyleClass().add("lp-trend-limit-label");
        limitLabel.textProperty().bind(limitText);
        limitLabel.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(limitLabel, limit, line);
        trend.addListener((obs, old, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        TrendSnapshot t = trend.get() == null ? TrendSnapshot.EMPTY : trend.get();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = Math.max(0, getWidth() - left - snappedRightInset());
        double h = Math.max(0, getHeight() - top - snappedBottomInset());

        Scale x = Scale.across(new Span(-t.spanNanos(), 0), left, w);
        Scale y = Scale.upScreen(Span.zeroTo(t.top()), top, h);
        line.getElements().setAll(PathShapes.elements(
                Polyline.of(Series.of(t.points(), p -> p.nanos() - t.endNanos(), TrendSnapshot.Point::value), x, y.clamp())));

        boolean hasLimit = !Double.isNaN(t.limit());
        limit.setVisible(hasLimit);
        limitLabel.setVisible(hasLimit);
        if (hasLimit) {
            double limitRow = y.px(t.limit());
            limit.setStartX(left);
            limit.setEndX(left + w);
            limit.setStartY(limitRow);
            limit.setEndY(limitRow);
            limitLabel.resizeRelocate(left, limitRow, limitLabel.prefWidth(-1), limitLabel.prefHeight(-1));
        }
    }

    public StringProperty limitTextProperty() {
        return limitText;
    }

    public String getLimitText() {
        return limitText.get();
    }

    public void setLimitText(String text) {
        limitText.set(text);
    }

    public ObjectProperty<TrendSnapshot> trendProperty() {
        return trend;
    }

    public TrendSnapshot getTrend() {
        return trend.get();
    }

    public void setTrend(TrendSnapshot value) {
        trend.set(value);
    }
}

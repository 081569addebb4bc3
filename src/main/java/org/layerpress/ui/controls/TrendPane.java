package org.layerpress.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;

/**
 * A small trend: one line over time (gaps where there was no live value) and a dashed limit line with
 * its name ({@code limitText}, e.g. "die rating") just below it. Plain shapes styled by the theme
 * ({@code .lp-trend-line}, {@code .lp-trend-limit}, {@code .lp-trend-limit-label}); no chart library.
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

        List<PathElement> elements = new ArrayList<>(t.points().size());
        boolean penDown = false;
        for (TrendSnapshot.Point p : t.points()) {
            if (Double.isNaN(p.value())) {
                penDown = false;
                continue;
            }
            double x = left + w * (1.0 - (double) (t.endNanos() - p.nanos()) / t.spanNanos());
            double y = top + h * (1.0 - Math.max(0, Math.min(p.value(), t.top())) / t.top());
            elements.add(penDown ? new LineTo(x, y) : new MoveTo(x, y));
            penDown = true;
        }
        line.getElements().setAll(elements);

        boolean hasLimit = !Double.isNaN(t.limit());
        limit.setVisible(hasLimit);
        limitLabel.setVisible(hasLimit);
        if (hasLimit) {
            double y = top + h * (1.0 - t.limit() / t.top());
            limit.setStartX(left);
            limit.setEndX(left + w);
            limit.setStartY(y);
            limit.setEndY(y);
            limitLabel.resizeRelocate(left, y, limitLabel.prefWidth(-1), limitLabel.prefHeight(-1));
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

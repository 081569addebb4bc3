package org.layerpress.ui.records;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.layerpress.chart.TargetBand;
import org.layerpress.ui.controls.DisplayNumbers;

/**
 * Draws a {@link TraceChartModel} on a canvas: axes with round ticks, the recipe band (grey fill),
 * the target (dotted), this batch's trace (solid) and a compared batch (dashed). Lines differ by
 * pattern, not colour (ISA-101 grey; the legend beside says it in words). No mouse handling: the
 * window is moved by the screen's buttons.
 */
public final class TraceChart extends Region {

    /** Axis text at the theme's root size: nothing on the panel is smaller (hmi-layouts/theme.css). */
    private static final Font AXIS_FONT = Font.font(24);
    private static final double LEFT = 80;
    private static final double BOTTOM = 36;
    private static final double TOP = 34;
    private static final double RIGHT = 16;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<TraceChartModel> model = new SimpleObjectProperty<>(this, "model");

    public TraceChart() {
        getStyleClass().add("lp-trace-chart");
        getChildren().add(canvas);
        model.addListener((obs, was, now) -> draw());
        widthProperty().addListener((obs, was, now) -> draw());
        heightProperty().addListener((obs, was, now) -> draw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#e6e6e6"));
        g.fillRect(0, 0, w, h);
        TraceChartModel m = model.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (m == null || pw <= 10 || ph <= 10) {
            return;
        }
        g.save();
        g.translate(LEFT, TOP);
        axes(g, m, pw, ph);
        g.beginPath();
        g.rect(0, 0, pw, ph);
        g.clip();
        m.band(pw, ph).ifPresent(band -> band(g, band));
        g.setLineCap(StrokeLineCap.BUTT);
        stroke(g, m.line(m.compare(), pw, ph), Color.web("#6b6b6b"), 4, 18, 10);
        stroke(g, m.line(m.main(), pw, ph), Color.web("#141414"), 3);
        // The target last, over the traces (a trace holding on target would hide it): dark dots with
        // light ones between, so it reads on the light field and across the dark trace alike.
        List<TraceChartModel.Px> target = m.targetLine(pw, ph);
        g.setLineDashOffset(3.5);
        stroke(g, target, Color.web("#e6e6e6"), 2, 2, 5);
        g.setLineDashOffset(0);
        stroke(g, target, Color.web("#141414"), 2, 2, 5);
        g.restore();
    }

    private static void axes(GraphicsContext g, TraceChartModel m, double pw, double ph) {
        g.setFont(AXIS_FONT);
        g.setFill(Color.web("#141414"));
        g.setStroke(Color.web("#b3b3b3"));
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : m.pressureAxis().ticks()) {
            double y = m.y(v, ph);
            g.strokeLine(0, y, pw, y);
            g.fillText(label(v), -8, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : m.timeAxis().ticks()) {
            double x = m.x(t, pw);
            g.strokeLine(x, 0, x, ph);
            g.fillText(label(t) + " s", x, ph + 4);
        }
        g.setStroke(Color.web("#141414"));
        g.setLineWidth(2);
        g.strokeRect(0, 0, pw, ph);
        // The unit above the pressure labels, outside the plot, where no line runs.
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("MPa", -8, -6);
    }

    private static String label(double v) {
        return DisplayNumbers.plain(v);
    }

    /**
     * The grey strip, and its two edges as thin lines: the trace runs inside the band, so without
     * edges the band would show only where the trace leaves room.
     */
    private static void band(GraphicsContext g, TargetBand.Rect band) {
        g.setFill(Color.web("#b3b3b3", 0.75));
        g.fillRect(band.x(), band.y(), band.width(), band.height());
        g.setStroke(Color.web("#6b6b6b"));
        g.setLineWidth(1);
        g.strokeLine(band.x(), band.y(), band.x() + band.width(), band.y());
        g.strokeLine(band.x(), band.y() + band.height(), band.x() + band.width(), band.y() + band.height());
    }

    private static void stroke(GraphicsContext g, List<TraceChartModel.Px> points, Color colour, double width, double... dashes) {
        if (points.size() < 2) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.strokePolyline(points.stream().mapToDouble(TraceChartModel.Px::x).toArray(),
                points.stream().mapToDouble(TraceChartModel.Px::y).toArray(), points.size());
        g.setLineDashes();
    }

    public ObjectProperty<TraceChartModel> modelProperty() {
        return model;
    }

    public TraceChartModel getModel() {
        return model.get();
    }

    public void setModel(TraceChartModel m) {
        model.set(m);
    }
}

package org.layerpress.ui.records;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.layerpress.chart.Axis;
import org.layerpress.chart.IndividualsChart;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Span;
import org.layerpress.ui.fx.Words;

/**
 * Draws a {@link ControlChartModel} by hand (ADR 0007): value ticks, the centre line (solid), the two
 * limits (dashed) named at the right edge, the points joined in batch order as small dots, and a point
 * beyond a limit as a large open triangle pointing the way it left, with the word beside it: shape and
 * word, never colour alone. A tap goes to the nearest point within half a glove width either side
 * ({@link #REACH_PX}), whatever the spacing of the points.
 */
public final class ControlChartCanvas extends Region {

    /** Half of the 20 mm glove target (118 px on the design panel) either side of a point. */
    public static final double REACH_PX = 59;
    private static final Font FONT = Font.font(24);
    private static final double LEFT = 110;
    private static final double RIGHT = 84;
    private static final double TOP = 40;
    private static final double BOTTOM = 40;
    private static final Color INK = Color.web("#141414");
    private static final Color GRID = Color.web("#b3b3b3");

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ControlChartModel> model = new SimpleObjectProperty<>(this, "model");
    private Consumer<String> onBatch = id -> { };

    public ControlChartCanvas() {
        getStyleClass().add("lp-control-chart");
        getChildren().add(canvas);
        model.addListener((obs, was, now) -> draw());
        setOnMouseClicked(e -> {
            ControlChartModel m = model.get();
            if (m != null) {
                m.batchNear(x(m), e.getX(), REACH_PX).ifPresent(onBatch);
            }
        });
    }

    /** Where a tap on the chart goes: the batch id of the nearest point. */
    public void setOnBatch(Consumer<String> onBatch) {
        this.onBatch = onBatch;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Point i's column in this control's coordinates. */
    public Scale x(ControlChartModel m) {
        return m.x(LEFT, Math.max(getWidth() - LEFT - RIGHT, 1));
    }

    /** A value's row in this control's coordinates. */
    public Scale y(ControlChartModel m) {
        return Scale.upScreen(m.span(), TOP, Math.max(getHeight() - TOP - BOTTOM, 1));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#e6e6e6"));
        g.fillRect(0, 0, w, h);
        ControlChartModel m = model.get();
        if (m == null || m.points().isEmpty() || w - LEFT - RIGHT < 10 || h - TOP - BOTTOM < 10) {
            return;
        }
        Scale x = x(m);
        Scale y = y(m);
        IndividualsChart c = m.chart();
        g.setFont(FONT);
        ticks(g, m, y, w);
        line(g, y.px(c.mean()), w, Words.get("chart.cl"), 2);
        c.upperLimit().ifPresent(v -> line(g, y.px(v), w, Words.get("chart.ucl"), 3, 14, 8));
        c.lowerLimit().ifPresent(v -> line(g, y.px(v), w, Words.get("chart.lcl"), 3, 14, 8));
        List<Double> values = c.values();
        double[] xs = new double[values.size()];
        double[] ys = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            xs[i] = x.px(i);
            ys[i] = y.px(values.get(i));
        }
        g.setStroke(Color.web("#6b6b6b"));
        g.setLineWidth(1.5);
        g.strokePolyline(xs, ys, xs.length);
        for (int i = 0; i < values.size(); i++) {
            IndividualsChart.Side side = c.side(i);
            if (side == IndividualsChart.Side.WITHIN) {
                g.setFill(INK);
                g.fillOval(xs[i] - 6, ys[i] - 6, 12, 12);
            } else {
                beyond(g, xs[i], ys[i], side == IndividualsChart.Side.ABOVE, xs[i] > w - RIGHT - 170);
            }
        }
    }

    private void ticks(GraphicsContext g, ControlChartModel m, Scale y, double w) {
        Span span = m.span();
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.setFill(INK);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : Axis.within(span, 5).ticks()) {
            double py = y.px(v);
            g.strokeLine(LEFT, py, w - RIGHT, py);
            g.fillText(ControlChartModel.shown(v), LEFT - 8, py);
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(m.quantity().unit(), LEFT - 8, TOP - 6);
        g.setStroke(INK);
        g.setLineWidth(2);
        g.strokeRect(LEFT, TOP, w - LEFT - RIGHT, getHeight() - TOP - BOTTOM);
    }

    private void line(GraphicsContext g, double py, double w, String name, double width, double... dashes) {
        g.setStroke(INK);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.strokeLine(LEFT, py, w - RIGHT, py);
        g.setLineDashes();
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(name, w - RIGHT + 8, py);
    }

    /** An open triangle pointing the way the point left the limits, and the word on the side away from the lines. */
    private static void beyond(GraphicsContext g, double px, double py, boolean above, boolean wordOnLeft) {
        double s = 16;
        double tip = above ? -s : s;
        g.setFill(Color.web("#e6e6e6"));
        g.setStroke(INK);
        g.setLineWidth(3);
        double[] xs = {px - s, px + s, px};
        double[] ys = {py - tip / 2, py - tip / 2, py + tip};
        g.fillPolygon(xs, ys, 3);
        g.strokePolygon(xs, ys, 3);
        g.setFill(INK);
        // Beside the triangle, on the side with room (a newest point near the right edge takes its word to the left).
        g.setTextAlign(wordOnLeft ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(above ? VPos.TOP : VPos.BOTTOM);
        g.fillText(Words.get("chart.beyondMark"), wordOnLeft ? px - s - 6 : px + s + 6, above ? py - s : py + s);
    }

    public ObjectProperty<ControlChartModel> modelProperty() {
        return model;
    }

    public ControlChartModel getModel() {
        return model.get();
    }

    public void setModel(ControlChartModel m) {
        model.set(m);
    }
}

package org.layerpress.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;
import org.layerpress.chart.Axis;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Series;
import org.layerpress.chart.Span;
import org.layerpress.chart.TargetBand;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.units.Pressure;

/**
 * One press step's force over time, drawn with PDF lines (vector, prints sharp): the recipe's
 * band as a 30 % grey strip with near-black edges (a pale fill alone vanishes on a laser printer), the target as a dashed line, the trace as a dark line; force (kN) on the
 * left axis, the same scale as pressure (MPa, force / die area) on the right.
 */
final class TraceChart {


    static final int COLUMNS = ChartInk.COLUMNS;
    private static final double MIN_BAND = ChartInk.MIN_BAND;

    private static final float LEFT = 46;
    private static final float RIGHT = 46;
    private static final float BOTTOM = 30;
    private static final float TOP = 14;

    private final Trace trace;
    private final List<TracePoint> points;
    private final double targetKn;
    private final double bandKn;

    /**
     * @param trace the step's trace in the die it was pressed in (its bore scales the pressure axis)
     * @param targetKn the step's target as force in this die
     * @param bandKn the tolerance band as force (± around the target)
     */
    TraceChart(Trace trace, double targetKn, double bandKn) {
        this.trace = trace;
        this.points = trace.points();
        this.targetKn = targetKn;
        this.bandKn = bandKn;
    }

    void draw(PdfTemplate t, float width, float height) {
        BaseFont font = PdfText.base(false);
        float x0 = LEFT;
        float y0 = BOTTOM;
        float w = width - LEFT - RIGHT;
        float h = height - BOTTOM - TOP;
        double fMax = targetKn + bandKn;
        for (TracePoint p : points) {
            fMax = Math.max(fMax, p.forceKiloNewtons());
        }
        Axis time = Axis.roundedZeroTo(Math.max(1.0, points.isEmpty() ? 0 : seconds(points.get(points.size() - 1))), 8);
        Axis force = Axis.roundedZeroTo(fMax * 1.08, 5);
        Scale x = Scale.across(time.span(), x0, w).clamp();
        Scale y = Scale.upPaper(force.span(), y0, h).clamp();

        TargetBand recipe = new TargetBand(targetKn, bandKn);

        // band (fill, then its two edges) and frame
        ChartInk.bandAndFrame(t, recipe.bandAcross(x, y, MIN_BAND), x0, y0, w, h);

        // grid and tick labels
        t.beginText();
        t.setFontAndSize(font, 6.5f);
        t.setColorFill(PdfText.GREY);
        for (double v : force.ticks()) {
            t.showTextAligned(PdfContentByte.ALIGN_RIGHT, Numbers.exact(round(v)), x0 - 3, (float) y.px(v) - 2, 0);
        }
        // The pressure axis gets its own round ticks (force ticks converted would read 127, 255, 382).
        Axis pressure = Axis.within(Span.zeroTo(trace.die().megaPascalsFor(force.span().hi())), 5);
        for (double mpa : pressure.ticks()) {
            float py = (float) y.px(trace.die().forceFor(Pressure.megaPascals(mpa)).kiloNewtons());
            t.showTextAligned(PdfContentByte.ALIGN_LEFT, Numbers.exact(round(mpa)), x0 + w + 3, py - 2, 0);
        }
        for (double s : time.ticks()) {
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, Numbers.exact(round(s)), (float) x.px(s), y0 - 9, 0);
        }
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "time since the first sample (s)", x0 + w / 2, y0 - 19, 0);
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "force (kN)", 10, y0 + h / 2, 90);
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "pressure (MPa)", width - 8, y0 + h / 2, 90);
        t.endText();
        ChartInk.gridTargetAndLine(t, force.innerTicks(), x0, w, y, (float) recipe.targetRow(y),
                Polyline.of(Series.of(points, this::seconds, TracePoint::forceKiloNewtons), x, y, Math.max(w, 1) / COLUMNS));

        ChartInk.legend(t, font, x0, height - 8, "measured force (" + points.size() + " samples)");
    }

    private double seconds(TracePoint p) {
        return trace.secondsAt(p.sourceTime());
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}

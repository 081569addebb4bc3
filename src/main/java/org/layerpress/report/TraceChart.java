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

    /**
     * Columns the trace is thinned to across the plot (at most four vertices each): about one per
     * 0.25 mm at print size, enough to look continuous; more only grows the file.
     */
    private static final int COLUMNS = 600;

    private static final float LEFT = 46;
    private static final float RIGHT = 46;
    private static final float BOTTOM = 30;
    private static final float TOP = 14;
    /**
     * 30 % ink: a paler tint (20 % and below) is dropped or dithered away by many grey-scale laser
     * printers, and a 360 ± 10 MPa band is under 2 mm tall on paper; the trace (ink) still reads over it.
     */
    static final java.awt.Color BAND = new java.awt.Color(0xb3, 0xb3, 0xb3);
    /** Near-black edges, so the band's limits read even where the fill does not print. */
    private static final java.awt.Color BAND_EDGE = new java.awt.Color(0x40, 0x40, 0x40);
    private static final float BAND_EDGE_WIDTH = 0.75f;
    /** A band thinner than this many points on paper is drawn this tall, so it never disappears under the target line. */
    private static final double MIN_BAND = 2.5;

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
        t.setColorFill(BAND);
        TargetBand.Rect band = recipe.bandAcross(x, y, MIN_BAND);
        t.rectangle((float) band.x(), (float) band.y(), (float) band.width(), (float) band.height());
        t.fill();
        t.setColorStroke(BAND_EDGE);
        t.setLineWidth(BAND_EDGE_WIDTH);
        t.moveTo((float) band.x(), (float) band.y());
        t.lineTo((float) (band.x() + band.width()), (float) band.y());
        t.moveTo((float) band.x(), (float) (band.y() + band.height()));
        t.lineTo((float) (band.x() + band.width()), (float) (band.y() + band.height()));
        t.stroke();
        t.setColorStroke(PdfText.RULE);
        t.setLineWidth(0.4f);
        t.rectangle(x0, y0, w, h);
        t.stroke();

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
        t.setLineWidth(0.25f);
        t.setColorStroke(PdfText.SHADE.darker());
        for (double v : force.innerTicks()) {
            float gy = (float) y.px(v);
            t.moveTo(x0, gy);
            t.lineTo(x0 + w, gy);
        }
        t.stroke();

        // target
        t.setColorStroke(PdfText.GREY);
        t.setLineWidth(0.7f);
        t.setLineDash(4, 3, 0);
        float yt = (float) recipe.targetRow(y);
        t.moveTo(x0, yt);
        t.lineTo(x0 + w, yt);
        t.stroke();
        t.setLineDash(0);

        // trace: thinned to columns keeping each one's lowest and highest, so a spike survives
        Polyline line = Polyline.of(Series.of(points, this::seconds, TracePoint::forceKiloNewtons), x, y, Math.max(w, 1) / COLUMNS);
        if (!line.isEmpty()) {
            t.setColorStroke(PdfText.INK);
            t.setLineWidth(0.8f);
            for (Polyline.Run run : line.runs()) {
                t.moveTo((float) run.xs()[0], (float) run.ys()[0]);
                for (int i = 1; i < run.size(); i++) {
                    t.lineTo((float) run.xs()[i], (float) run.ys()[i]);
                }
            }
            t.stroke();
        }

        // legend
        float ly = height - 8;
        t.setColorFill(BAND);
        t.rectangle(x0 + 4, ly - 3, 14, 6);
        t.fill();
        t.setColorStroke(BAND_EDGE);
        t.setLineWidth(BAND_EDGE_WIDTH);
        t.moveTo(x0 + 4, ly - 3);
        t.lineTo(x0 + 18, ly - 3);
        t.moveTo(x0 + 4, ly + 3);
        t.lineTo(x0 + 18, ly + 3);
        t.stroke();
        t.setColorStroke(PdfText.GREY);
        t.setLineDash(4, 3, 0);
        t.moveTo(x0 + 110, ly);
        t.lineTo(x0 + 126, ly);
        t.stroke();
        t.setLineDash(0);
        t.setColorStroke(PdfText.INK);
        t.setLineWidth(0.8f);
        t.moveTo(x0 + 188, ly);
        t.lineTo(x0 + 204, ly);
        t.stroke();
        t.beginText();
        t.setFontAndSize(font, 6.5f);
        t.setColorFill(PdfText.INK);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, "tolerance band", x0 + 21, ly - 2, 0);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, "target", x0 + 129, ly - 2, 0);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, "measured force (" + points.size() + " samples)", x0 + 207, ly - 2, 0);
        t.endText();
    }

    private double seconds(TracePoint p) {
        return trace.secondsAt(p.sourceTime());
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}

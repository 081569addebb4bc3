package org.layerpress.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.units.Pressure;

/**
 * One press step's force over time, drawn with PDF lines (vector, prints sharp): the recipe's
 * band as a grey strip, the target as a dashed line, the trace as a dark line; force (kN) on the
 * left axis, the same scale as pressure (MPa, force / die area) on the right.
 */
final class TraceChart {

    /** Enough vertices to look continuous at print size; more only grows the file. */
    private static final int MAX_VERTICES = 1200;

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
        double tMax = Math.max(1.0, seconds(points.isEmpty() ? null : points.get(points.size() - 1)));
        double fMax = targetKn + bandKn;
        for (TracePoint p : points) {
            fMax = Math.max(fMax, p.forceKiloNewtons());
        }
        double yStep = niceStep(fMax * 1.08 / 5);
        double yMax = Math.ceil(fMax * 1.08 / yStep) * yStep;
        double xStep = niceStep(tMax / 8);
        double xMax = Math.ceil(tMax / xStep) * xStep;

        // band and frame
        t.setColorFill(PdfText.SHADE);
        float bandLow = y(targetKn - bandKn, yMax, y0, h);
        float bandHigh = y(targetKn + bandKn, yMax, y0, h);
        t.rectangle(x0, bandLow, w, Math.max(0.6f, bandHigh - bandLow));
        t.fill();
        t.setColorStroke(PdfText.RULE);
        t.setLineWidth(0.4f);
        t.rectangle(x0, y0, w, h);
        t.stroke();

        // grid and tick labels
        t.beginText();
        t.setFontAndSize(font, 6.5f);
        t.setColorFill(PdfText.GREY);
        for (double v = 0; v <= yMax + 1e-9; v += yStep) {
            float y = y(v, yMax, y0, h);
            t.showTextAligned(PdfContentByte.ALIGN_RIGHT, Numbers.exact(round(v)), x0 - 3, y - 2, 0);
        }
        // The pressure axis gets its own round ticks (force ticks converted would read 127, 255, 382).
        double pMax = trace.die().megaPascalsFor(yMax);
        double pStep = niceStep(pMax / 5);
        for (double mpa = 0; mpa <= pMax + 1e-9; mpa += pStep) {
            float y = y(trace.die().forceFor(Pressure.megaPascals(mpa)).kiloNewtons(), yMax, y0, h);
            t.showTextAligned(PdfContentByte.ALIGN_LEFT, Numbers.exact(round(mpa)), x0 + w + 3, y - 2, 0);
        }
        for (double s = 0; s <= xMax + 1e-9; s += xStep) {
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, Numbers.exact(round(s)), x(s, xMax, x0, w), y0 - 9, 0);
        }
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "time since the first sample (s)", x0 + w / 2, y0 - 19, 0);
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "force (kN)", 10, y0 + h / 2, 90);
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "pressure (MPa)", width - 8, y0 + h / 2, 90);
        t.endText();
        t.setLineWidth(0.25f);
        t.setColorStroke(PdfText.SHADE.darker());
        for (double v = yStep; v < yMax - 1e-9; v += yStep) {
            float y = y(v, yMax, y0, h);
            t.moveTo(x0, y);
            t.lineTo(x0 + w, y);
        }
        t.stroke();

        // target
        t.setColorStroke(PdfText.GREY);
        t.setLineWidth(0.7f);
        t.setLineDash(4, 3, 0);
        float yt = y(targetKn, yMax, y0, h);
        t.moveTo(x0, yt);
        t.lineTo(x0 + w, yt);
        t.stroke();
        t.setLineDash(0);

        // trace: min/max per bucket so a spike survives the thinning
        if (!points.isEmpty()) {
            t.setColorStroke(PdfText.INK);
            t.setLineWidth(0.8f);
            int buckets = Math.min(points.size(), MAX_VERTICES / 2);
            boolean first = true;
            int per = (int) Math.ceil(points.size() / (double) buckets);
            for (int i = 0; i < points.size(); i += per) {
                int end = Math.min(points.size(), i + per);
                TracePoint lo = points.get(i);
                TracePoint hi = points.get(i);
                for (int j = i; j < end; j++) {
                    TracePoint p = points.get(j);
                    if (p.forceKiloNewtons() < lo.forceKiloNewtons()) {
                        lo = p;
                    }
                    if (p.forceKiloNewtons() > hi.forceKiloNewtons()) {
                        hi = p;
                    }
                }
                TracePoint a = lo.sourceTime().isAfter(hi.sourceTime()) ? hi : lo;
                TracePoint b = a == lo ? hi : lo;
                for (TracePoint p : a == b ? List.of(a) : List.of(a, b)) {
                    float px = x(seconds(p), xMax, x0, w);
                    float py = y(p.forceKiloNewtons(), yMax, y0, h);
                    if (first) {
                        t.moveTo(px, py);
                        first = false;
                    } else {
                        t.lineTo(px, py);
                    }
                }
            }
            t.stroke();
        }

        // legend
        float ly = height - 8;
        t.setColorFill(PdfText.SHADE);
        t.rectangle(x0 + 4, ly - 3, 14, 6);
        t.fill();
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
        if (p == null) {
            return 0;
        }
        return trace.secondsAt(p.sourceTime());
    }

    private static float x(double s, double xMax, float x0, float w) {
        return (float) (x0 + w * Math.max(0, Math.min(1, s / xMax)));
    }

    private static float y(double kn, double yMax, float y0, float h) {
        return (float) (y0 + h * Math.max(0, Math.min(1, kn / yMax)));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}

package org.layerpress.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.time.Duration;
import java.util.List;
import org.layerpress.chart.Axis;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Series;
import org.layerpress.chart.TargetBand;
import org.layerpress.domain.batch.VesselPoint;

/**
 * A PRESSURISE step's vessel pressure over time, drawn as the force chart is ({@link ChartInk}): the
 * recipe's band, the dashed target and the measured line, on one axis in MPa. A vessel pressure is no
 * force and has no die, so there is no kN axis.
 */
final class VesselTraceChart {

    private static final float LEFT = 46;
    private static final float RIGHT = 16;
    private static final float BOTTOM = 30;
    private static final float TOP = 14;

    private final List<VesselPoint> points;
    private final double targetMegaPascals;
    private final double bandMegaPascals;

    VesselTraceChart(List<VesselPoint> points, double targetMegaPascals, double bandMegaPascals) {
        this.points = List.copyOf(points);
        this.targetMegaPascals = targetMegaPascals;
        this.bandMegaPascals = bandMegaPascals;
    }

    void draw(PdfTemplate t, float width, float height) {
        BaseFont font = PdfText.base(false);
        float x0 = LEFT;
        float y0 = BOTTOM;
        float w = width - LEFT - RIGHT;
        float h = height - BOTTOM - TOP;
        double pMax = targetMegaPascals + bandMegaPascals;
        for (VesselPoint p : points) {
            pMax = Math.max(pMax, p.pressureMegaPascals());
        }
        Axis time = Axis.roundedZeroTo(Math.max(1.0, points.isEmpty() ? 0 : seconds(points.get(points.size() - 1))), 8);
        Axis pressure = Axis.roundedZeroTo(pMax * 1.08, 5);
        Scale x = Scale.across(time.span(), x0, w).clamp();
        Scale y = Scale.upPaper(pressure.span(), y0, h).clamp();
        TargetBand recipe = new TargetBand(targetMegaPascals, bandMegaPascals);

        ChartInk.bandAndFrame(t, recipe.bandAcross(x, y, ChartInk.MIN_BAND), x0, y0, w, h);
        t.beginText();
        t.setFontAndSize(font, 6.5f);
        t.setColorFill(PdfText.GREY);
        for (double v : pressure.ticks()) {
            t.showTextAligned(PdfContentByte.ALIGN_RIGHT, Numbers.exact(round(v)), x0 - 3, (float) y.px(v) - 2, 0);
        }
        for (double s : time.ticks()) {
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, Numbers.exact(round(s)), (float) x.px(s), y0 - 9, 0);
        }
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "time since the first sample (s)", x0 + w / 2, y0 - 19, 0);
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, "vessel pressure (MPa)", 10, y0 + h / 2, 90);
        t.endText();
        ChartInk.gridTargetAndLine(t, pressure.innerTicks(), x0, w, y, (float) recipe.targetRow(y),
                Polyline.of(Series.of(points, this::seconds, VesselPoint::pressureMegaPascals), x, y, Math.max(w, 1) / ChartInk.COLUMNS));
        ChartInk.legend(t, font, x0, height - 8, "measured vessel pressure, MPa (" + points.size() + " samples)");
    }

    private double seconds(VesselPoint p) {
        return Duration.between(points.get(0).sourceTime(), p.sourceTime()).toNanos() / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}

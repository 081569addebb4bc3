package org.layerpress.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.TargetBand;

/**
 * The ink a report's trace charts share (a press step's force, a vessel step's pressure): the recipe's
 * band, the frame, the grid, the dashed target, the measured line and the legend, so both charts read
 * the same on paper.
 */
final class ChartInk {

    /**
     * Columns a trace is thinned to across the plot (at most four vertices each): about one per
     * 0.25 mm at print size, enough to look continuous; more only grows the file.
     */
    static final int COLUMNS = 600;
    /** A band thinner than this many points on paper is drawn this tall, so it never disappears under the target line. */
    static final double MIN_BAND = 2.5;
    /**
     * 30 % ink: a paler tint (20 % and below) is dropped or dithered away by many grey-scale laser
     * printers, and a 360 ± 10 MPa band is under 2 mm tall on paper; the trace (ink) still reads over it.
     */
    static final java.awt.Color BAND = new java.awt.Color(0xb3, 0xb3, 0xb3);
    /** Near-black edges, so the band's limits read even where the fill does not print. */
    private static final java.awt.Color BAND_EDGE = new java.awt.Color(0x40, 0x40, 0x40);
    private static final float BAND_EDGE_WIDTH = 0.75f;

    private ChartInk() {
    }

    /** The band (fill, then its two edges) and the plot's frame. */
    static void bandAndFrame(PdfTemplate t, TargetBand.Rect band, float x0, float y0, float w, float h) {
        t.setColorFill(BAND);
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
    }

    /** Grid lines at {@code gridTicks}, the target dashed at row {@code targetRow}, and the measured line (thinned so a spike survives). */
    static void gridTargetAndLine(PdfTemplate t, java.util.List<Double> gridTicks, float x0, float w, Scale y, float targetRow, Polyline line) {
        t.setLineWidth(0.25f);
        t.setColorStroke(PdfText.SHADE.darker());
        for (double v : gridTicks) {
            float gy = (float) y.px(v);
            t.moveTo(x0, gy);
            t.lineTo(x0 + w, gy);
        }
        t.stroke();

        t.setColorStroke(PdfText.GREY);
        t.setLineWidth(0.7f);
        t.setLineDash(4, 3, 0);
        t.moveTo(x0, targetRow);
        t.lineTo(x0 + w, targetRow);
        t.stroke();
        t.setLineDash(0);

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
    }

    /** The legend at row {@code ly}: band, target, and the measured line as {@code measured} says. */
    static void legend(PdfTemplate t, BaseFont font, float x0, float ly, String measured) {
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
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, measured, x0 + 207, ly - 2, 0);
        t.endText();
    }
}

package org.layerpress.report;

import static org.layerpress.report.PdfCells.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.layerpress.application.review.RecordTimeline;
import java.util.List;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.PrintResolution;

/** A force chart per press step, and a vessel pressure chart (MPa) per PRESSURISE, with target, band and peak in the caption. */
final class ChartsSection {

    private static final float CHART_HEIGHT = 170;

    private ChartsSection() {
    }

    static void add(ReportPage page) throws DocumentException {
        for (var s : page.run().steps()) {
            if (s.step() instanceof RecipeStep.Press p && GaugeValues.manualTrace(s.values())) {
                readOffTheGauge(page, s.number(), p, s.values());
            } else if (s.step() instanceof RecipeStep.Press p) {
                chart(page, s.number(), p);
            } else if (s.step() instanceof RecipeStep.Pressurise p) {
                vesselChart(page, s.number(), p);
            }
        }
    }

    /** A step read off a gauge has no trace: its two readings stand where a chart would, and nothing is drawn as if measured. */
    private static void readOffTheGauge(ReportPage page, int step, RecipeStep.Press p, java.util.Map<String, String> values) throws DocumentException {
        page.heading("Step " + step + ": " + p.title(), 40);
        String start = GaugeValues.decode(GaugeValues.START, values).map(r -> EvidenceNumbers.text(r.value()) + " " + r.unit()).orElse("not entered");
        String end = GaugeValues.decode(GaugeValues.END, values).map(r -> EvidenceNumbers.text(r.value()) + " " + r.unit()).orElse("not entered");
        page.add(new Paragraph(text("Manual readings (gauge), no trace: " + start + " at the hold's start, " + end + " at its end; target "
                + ReportPage.mpa(p.target().megaPascals()) + " MPa, band ± " + ReportPage.mpa(p.band().megaPascals()) + " MPa."), PdfText.SMALL));
    }

    /** A vessel step's pressure in MPa: no force, no die. */
    private static void vesselChart(ReportPage page, int step, RecipeStep.Pressurise p) throws DocumentException {
        List<VesselPoint> trace = page.record().vesselTrace(step);
        page.heading("Vessel pressure of step " + step + ": " + p.title(), 215);
        double peak = trace.stream().mapToDouble(VesselPoint::pressureMegaPascals).max().orElse(Double.NaN);
        page.add(new Paragraph(text("Vessel pressure target " + ReportPage.mpa(p.target().megaPascals()) + " MPa, band ± "
                + ReportPage.mpa(p.band().megaPascals()) + " MPa, hold " + p.hold().toSeconds() + " s. " + trace.size() + " samples"
                + (trace.isEmpty() ? " (no trace recorded)." : ", highest " + ReportPage.mpa(peak) + " MPa.")), PdfText.SMALL));
        place(page, (template, width) -> new VesselTraceChart(trace, p.target().megaPascals(), p.band().megaPascals())
                .draw(template, width, CHART_HEIGHT));
    }

    private static void chart(ReportPage page, int step, RecipeStep.Press p) throws DocumentException {
        Trace trace = RecordTimeline.trace(page.record(), step);
        double targetKn = trace.die().forceFor(p.target()).kiloNewtons();
        page.heading("Trace of step " + step + ": " + p.title(), 215);
        page.add(new Paragraph(text("Target " + ReportPage.mpa(p.target().megaPascals()) + " MPa = "
                + PrintResolution.FORCE_KN.reading(targetKn) + " kN in the "
                + PrintResolution.POSITION_MM.setting(RecordTimeline.dieBoreMillimetres(page.record()))
                + " mm die; band ± " + ReportPage.mpa(p.band().megaPascals()) + " MPa. " + trace.size() + " samples"
                + (trace.isEmpty() ? " (no trace recorded)." : ", peak " + PrintResolution.FORCE_KN.reading(trace.peakKiloNewtons()) + " kN.")),
                PdfText.SMALL));
        place(page, (template, width) -> new TraceChart(trace, targetKn, trace.die().forceFor(p.band()).kiloNewtons()).draw(template, width, CHART_HEIGHT));
    }

    /** A chart drawn into a template {@code width} wide. */
    private interface Drawing {
        void draw(PdfTemplate template, float width);
    }

    /** Draws a chart the page's width into a template and places it centred. */
    private static void place(ReportPage page, Drawing drawing) throws DocumentException {
        Document doc = page.doc();
        float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
        PdfContentByte cb = page.writer().getDirectContent();
        PdfTemplate template = cb.createTemplate(width, CHART_HEIGHT);
        drawing.draw(template, width);
        Image chart = Image.getInstance(template);
        chart.setAlignment(Element.ALIGN_CENTER);
        chart.setSpacingAfter(4);
        page.add(chart);
    }
}

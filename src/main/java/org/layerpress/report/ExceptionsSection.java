package org.layerpress.report;

import static org.layerpress.report.PdfCells.cell;
import static org.layerpress.report.PdfCells.table;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.domain.batch.QualityFlag;

/**
 * What a reviewer looks for first, each in a table of its own, or a sentence saying there was none:
 * alarms with their acknowledgements, deviations and holds, quality flags, amendments beside the
 * originals.
 */
final class ExceptionsSection {

    private ExceptionsSection() {
    }

    static void add(ReportPage page) throws DocumentException {
        alarms(page);
        deviations(page);
        flags(page);
        amendments(page);
    }

    private static void alarms(ReportPage page) throws DocumentException {
        BatchRecord record = page.record();
        List<RecordTimeline.AlarmLine> alarms = RecordTimeline.alarms(record);
        if (!page.heading("Alarms", alarms.isEmpty(), "No alarms.")) {
            return;
        }
        PdfPTable t = table(new float[] {0.45f, 0.45f, 0.8f, 3.0f, 1.05f, 1.6f, 1.05f}, "ID", "Step", "Priority", "Cause and message",
                "Raised", "Acknowledged", "Cleared");
        for (RecordTimeline.AlarmLine a : alarms) {
            cell(t, a.alarm().id(), PdfText.BODY);
            cell(t, Integer.toString(a.alarm().step()), PdfText.BODY);
            cell(t, RecordWording.alarmPriority(a.alarm().priority()), PdfText.BODY);
            cell(t, RecordWording.cause(a.alarm().cause()) + ": " + a.alarm().message() + "\nnow " + RecordWording.alarmState(a.alarm().state()),
                    PdfText.BODY);
            PdfCells.timeCell(t, page.when(Optional.of(a.alarm().raisedAt())));
            if (a.acknowledgedAt().isPresent()) {
                PdfCells.timeCell(t, List.of("by " + record.person(a.acknowledgedBy())), page.when(a.acknowledgedAt()));
            } else {
                cell(t, "NOT ACKNOWLEDGED", PdfText.ALERT_BOLD);
            }
            if (a.clearedAt().isPresent()) {
                PdfCells.timeCell(t, page.when(a.clearedAt()));
            } else {
                cell(t, "active", PdfText.BODY);
            }
        }
        page.add(t);
    }

    private static void deviations(ReportPage page) throws DocumentException {
        List<RecordTimeline.DeviationLine> lines = RecordTimeline.deviations(page.record());
        if (!page.heading("Deviations, holds and decisions", lines.isEmpty(), "None: every step ended within its limits.")) {
            return;
        }
        PdfPTable t = table(new float[] {0.45f, 1.0f, 1.2f, 3.0f, 2.6f}, "Step", "When", "By", "What", "Reason given");
        for (RecordTimeline.DeviationLine d : lines) {
            cell(t, d.step() == 0 ? "-" : Integer.toString(d.step()), PdfText.BODY);
            PdfCells.timeCell(t, page.when(Optional.of(d.at())));
            cell(t, page.record().person(d.by()), PdfText.BODY);
            cell(t, d.what(), PdfText.BODY);
            cell(t, d.reason().isEmpty() ? "-" : d.reason(), PdfText.BODY);
        }
        page.add(t);
    }

    private static void flags(ReportPage page) throws DocumentException {
        List<QualityFlag> flags = page.record().flags();
        if (!page.heading("Quality flags (computed from the record)", flags.isEmpty(), "No flags raised.")) {
            return;
        }
        PdfPTable t = table(new float[] {1.4f, 0.45f, 0.9f, 1.2f, 4.0f}, "Flag", "Step", "Value", "Limit", "Explanation");
        for (QualityFlag f : flags) {
            cell(t, "FLAG " + f.kind().label(), PdfText.ALERT_BOLD);
            cell(t, Integer.toString(f.step()), PdfText.BODY);
            cell(t, f.value(), PdfText.BODY);
            cell(t, f.limit(), PdfText.BODY);
            cell(t, f.explanation(), PdfText.BODY);
        }
        page.add(t);
    }

    private static void amendments(ReportPage page) throws DocumentException {
        List<Amendment> amendments = page.record().amendments();
        if (!page.heading("Amendments (the original entries are unchanged)", amendments.isEmpty(), "No amendments.")) {
            return;
        }
        PdfPTable t = table(new float[] {0.4f, 1.2f, 1.2f, 1.2f, 1.6f, 2.8f}, "#", "Step / value", "Original (as recorded)", "Corrected",
                "Reason", "Signature");
        int n = 0;
        for (Amendment a : amendments) {
            cell(t, "A" + (++n), PdfText.BODY);
            cell(t, (a.step() == 0 ? "header" : "step " + a.step()) + "\n" + ValuePhrases.label(a.field()), PdfText.BODY);
            cell(t, a.originalValue(), PdfText.BODY);
            cell(t, a.correctedValue(), PdfText.BOLD);
            cell(t, a.reason(), PdfText.BODY);
            cell(t, RecordWording.manifestation(a.signature(), page.zone()), PdfText.BODY);
        }
        page.add(t);
    }
}

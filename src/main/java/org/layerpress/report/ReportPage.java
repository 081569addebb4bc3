package org.layerpress.report;

import static org.layerpress.report.PdfCells.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.domain.units.PrintResolution;

/**
 * One report being laid out: the record, the document it goes into, and what every section says the
 * same way (a time in a table, a note on an amended value, a heading that never ends a page).
 */
final class ReportPage {

    private final BatchRecord record;
    private final PdfWriter writer;
    private final Document doc;
    private final ZoneId zone;
    /** The batch's first day in the station's zone: table times on it are times of day. */
    private final LocalDate startDay;
    private final Map<Integer, Map<String, String>> amendedNotes = new HashMap<>();

    ReportPage(BatchRecord record, PdfWriter writer, Document doc, ZoneId zone) {
        this.record = record;
        this.writer = writer;
        this.doc = doc;
        this.zone = zone;
        this.startDay = record.run().startedAt().atZone(zone).toLocalDate();
        int n = 0;
        for (Amendment a : record.amendments()) {
            n++;
            amendedNotes.computeIfAbsent(a.step(), k -> new HashMap<>()).put(a.field(), "amended to " + a.correctedValue() + ", see A" + n);
        }
    }

    BatchRecord record() {
        return record;
    }

    BatchRun run() {
        return record.run();
    }

    /** The STARTED event's values: recipe, die and press as the batch began. */
    Map<String, String> header() {
        return record.events().get(0).values();
    }

    ZoneId zone() {
        return zone;
    }

    PdfWriter writer() {
        return writer;
    }

    Document doc() {
        return doc;
    }

    void add(Element e) throws DocumentException {
        doc.add(e);
    }

    /**
     * A time in a table: the time of day on the batch's first day, with the date on the line above
     * on any other day; each line is one unbreakable piece, so a time never wraps.
     */
    List<String> when(Optional<Instant> at) {
        if (at.isEmpty()) {
            return List.of("-");
        }
        String time = RecordTimes.timeOfDay(at.get(), zone);
        LocalDate day = at.get().atZone(zone).toLocalDate();
        return day.equals(startDay) ? List.of(time) : List.of(day.toString(), time);
    }

    /** What amendments say of a step's values, by the key they correct ("amended to …, see A2"). */
    Map<String, String> amendedNotes(int step) {
        return amendedNotes.getOrDefault(step, Map.of());
    }

    String amendedNote(int step, String field) {
        String n = amendedNotes(step).get(field);
        return n == null ? "" : "  [" + n + "]";
    }

    /** A heading never ends a page: with less than {@code room} points left it starts the next one. */
    void heading(String s) throws DocumentException {
        heading(s, 110);
    }

    /**
     * A section's heading, then, when it has nothing to list, the sentence that says so.
     *
     * @return whether the section has rows to follow
     */
    boolean heading(String s, boolean empty, String ifNone) throws DocumentException {
        heading(s);
        if (empty) {
            doc.add(new Paragraph(text(ifNone), PdfText.BODY));
        }
        return !empty;
    }

    void heading(String s, float room) throws DocumentException {
        if (writer.getVerticalPosition(true) - doc.bottomMargin() < room) {
            doc.newPage();
        }
        Paragraph p = new Paragraph(text(s), PdfText.HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        doc.add(p);
    }

    static String mpa(double v) {
        return PrintResolution.PRESSURE_MPA.setting(v);
    }

    static String decision(QaDecision d) {
        return d == QaDecision.APPROVED ? "Approved" : "Rejected";
    }
}

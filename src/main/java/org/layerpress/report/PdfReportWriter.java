package org.layerpress.report;

import static org.layerpress.report.PdfCells.cell;
import static org.layerpress.report.PdfCells.labelled;
import static org.layerpress.report.PdfCells.row;
import static org.layerpress.report.PdfCells.table;
import static org.layerpress.report.PdfCells.text;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.QaSignOffUseCase;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.units.PrintResolution;

/**
 * The batch report a QA person signs (docs/batch-record-format.md#pdf-report; Annex 11 §8:
 * amendments beside the originals): header, step table with who/when/values, a force chart per press step, alarms with
 * their acknowledgements, deviations, flags, amendments, signatures with printed name, time and
 * meaning; every page "Page n of m" and the record's SHA-256 ({@link PageStamp}). A4, black on
 * white, colour only for what is abnormal and always with a word. Everything is said in words
 * ({@link RecordWording}, shared with the QA screens), numbers to their instrument's resolution,
 * people by their printed names, times in the station's zone, named once in the header.
 */
public final class PdfReportWriter implements BatchRecordWriter {

    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param clock for the "Printed" line of every page
     * @param zone the station's time zone: every time on the report is in it
     */
    public PdfReportWriter(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(BatchRecord record, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        Document doc = new Document(PageSize.A4, 36, 36, 44, 52);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, body);
            doc.addTitle("Batch record " + record.batchId());
            doc.addCreator("LayerPress");
            doc.open();
            new Sections(record, writer, doc, zone).all();
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not lay out the report of " + record.batchId() + ": " + e.getMessage(), e);
        }
        PageStamp.stamp(body.toByteArray(), out, record.batchId(), record.contentHash(), "Printed " + RecordTimes.dateTime(clock.instant(), zone),
                record.run().training());
    }

    /** Step values the report shows in its deviations table (the reason, what was wrong) or that are bookkeeping. */
    private static final Set<String> ELSEWHERE = Set.of(BatchRun.PHASE, BatchRun.REASON, BatchRun.FINDINGS);

    /** One report being laid out. */
    private static final class Sections {

        private final BatchRecord record;
        private final PdfWriter writer;
        private final Document doc;
        private final BatchRun run;
        private final Map<String, String> header;
        private final Map<Integer, Map<String, String>> amendedNotes = new HashMap<>();
        private final ZoneId zone;
        /** The batch's first day in the station's zone: table times on it are times of day. */
        private final LocalDate startDay;

        Sections(BatchRecord record, PdfWriter writer, Document doc, ZoneId zone) {
            this.zone = zone;
            this.startDay = record.run().startedAt().atZone(zone).toLocalDate();
            this.record = record;
            this.writer = writer;
            this.doc = doc;
            this.run = record.run();
            this.header = record.events().get(0).values();
            int n = 0;
            for (Amendment a : record.amendments()) {
                n++;
                amendedNotes.computeIfAbsent(a.step(), k -> new HashMap<>()).put(a.field(), "amended to " + a.correctedValue() + ", see A" + n);
            }
        }

        void all() throws DocumentException {
            title();
            headerTable();
            steps();
            charts();
            alarms();
            deviations();
            flags();
            amendments();
            signatures();
        }

        private void title() throws DocumentException {
            Paragraph p = new Paragraph(text("Batch record " + record.batchId()), PdfText.TITLE);
            doc.add(p);
            Paragraph sub = new Paragraph(text((run.training() ? "Training batch record (not production) of " : "Batch production record of ")
                    + run.recipeLabel() + " — " + RecordWording.batchState(run.state())
                    + (record.review().isPresent() ? ", QA " + decision(record.review().get().decision()) : ", QA review pending")), PdfText.BODY);
            sub.setSpacingAfter(8);
            doc.add(sub);
        }

        private void headerTable() throws DocumentException {
            PdfPTable t = new PdfPTable(new float[] {1.3f, 4.7f});
            t.setWidthPercentage(100);
            row(t, "Batch", record.batchId() + "   (" + RecordWording.batchState(run.state()) + ")");
            row(t, "Recipe", run.recipeLabel() + "   (version id " + header.getOrDefault(BatchRun.RECIPE_VERSION_ID, "?") + ")");
            row(t, "Recipe SHA-256", run.recipeHash());
            row(t, "Die", run.dieId() + "   bore " + PrintResolution.POSITION_MM.setting(RecordTimeline.dieBoreMillimetres(record)) + " mm, "
                    + "rated " + ValuePhrases.amount(StartedValues.DIE_RATING_KN, header.getOrDefault(StartedValues.DIE_RATING_KN, "?"))
                    + amendedNote(0, BatchRun.DIE_ID));
            row(t, "Press", header.getOrDefault(StartedValues.PRESS_MODEL, "?") + "   capacity "
                    + ValuePhrases.amount(StartedValues.PRESS_CAPACITY_KN, header.getOrDefault(StartedValues.PRESS_CAPACITY_KN, "?"))
                    + (header.getOrDefault(StartedValues.PRESS_ENDPOINT, "").isEmpty() ? "" : "   endpoint " + header.get(StartedValues.PRESS_ENDPOINT)));
            row(t, "Operator(s)", String.join(", ", operators()));
            row(t, "Started", RecordTimes.dateTime(run.startedAt(), zone));
            row(t, "Ended", RecordTimeline.endedAt(record).map(x -> RecordTimes.dateTime(x, zone))
                    .orElse("not ended (" + RecordWording.batchState(run.state()) + ")"));
            row(t, "Times", "every time in this report is the station's: " + RecordTimes.zoneName(zone, run.startedAt())
                    + "; a time in a table is on the start day unless a date is given above it");
            if (!run.abortReason().isEmpty()) {
                row(t, "Abort reason", run.abortReason());
            }
            Set<String> lots = new LinkedHashSet<>();
            Set<String> weighed = new java.util.HashSet<>();
            for (var s : run.steps()) {
                StepResultCodec.layerLoaded(s.values()).filter(l -> !l.lot().isEmpty()).ifPresent(l -> {
                    lots.add(l.material() + " lot " + l.lot() + amendedNote(s.number(), StepResultCodec.LOT));
                    weighed.add(l.lot());
                });
            }
            for (var s : run.steps()) {
                // A scanned lot that was also entered at weighing is the same lot: list it once.
                StepResultCodec.scanned(s.values()).filter(c -> c.target() == RecipeStep.ScanTarget.POWDER_LOT && !weighed.contains(c.code()))
                        .ifPresent(c -> lots.add("powder lot scanned " + c.code()));
            }
            row(t, "Material lots", lots.isEmpty() ? "none recorded" : String.join(", ", lots));
            doc.add(t);
        }

        private Set<String> operators() {
            Set<String> people = new LinkedHashSet<>();
            people.add(record.person(run.operator()));
            for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
                s.people().forEach(p -> people.add(record.person(p)));
            }
            return people;
        }

        private void steps() throws DocumentException {
            heading("Steps");
            PdfPTable t = table(new float[] {0.3f, 1.8f, 1.0f, 1.0f, 1.1f, 3.8f}, "#", "Step", "State", "When", "By", "Setpoints and recorded values");
            for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
                boolean deviated = s.step().state() == StepState.DEVIATED;
                cell(t, Integer.toString(s.step().number()), PdfText.BODY);
                cell(t, s.step().step().title() + "\n" + RecordWording.stepKind(s.step().step().kind())
                        + (s.step().attempts() > 1 ? ", " + s.step().attempts() + " attempts" : ""), PdfText.BODY);
                cell(t, RecordWording.stepState(s.step().state()), deviated ? PdfText.ALERT_BOLD : PdfText.BODY);
                List<String> when = new ArrayList<>(when(s.activatedAt()));
                when.addAll(when(s.endedAt()));
                PdfCells.timeCell(t, when);
                cell(t, s.people().isEmpty() ? "station" : String.join(",\n", s.people().stream().map(record::person).toList()), PdfText.BODY);
                // Recipe line first, then the recorded values as one flowing paragraph (a tall column of
                // short lines would spread a 12-step record over many pages), then the witness on a line of its own.
                Map<String, String> notes = amendedNotes.getOrDefault(s.step().number(), Map.of());
                List<String> recorded = ValuePhrases.phrases(s.step().values(), ELSEWHERE).stream()
                        .filter(p -> !p.key().startsWith(StepResultCodec.FINDING_PREFIX))
                        .map(p -> p.text() + (notes.containsKey(p.key()) ? "  [" + notes.get(p.key()) + "]" : "")).toList();
                Phrase values = new Phrase();
                planned(s.step().step()).ifPresent(p -> values.add(new Chunk(text(p) + "\n", PdfText.BOLD)));
                values.addAll(PdfCells.phrase(String.join(";  ", recorded), PdfText.BODY));
                ValuePhrases.witness(s.step().values(), at -> String.join(" ", when(Optional.of(at))))
                        .ifPresent(w -> values.addAll(PdfCells.phrase("\n" + w, PdfText.BOLD)));
                PdfPCell c = new PdfPCell(values);
                c.setBorderColor(PdfText.RULE);
                c.setPadding(3);
                t.addCell(c);
            }
            doc.add(t);
        }

        /** What the control recipe asked for, so the recorded values are read against it. */
        private Optional<String> planned(RecipeStep step) {
            if (step instanceof RecipeStep.Press p) {
                return Optional.of("recipe: " + mpa(p.target().megaPascals()) + " ± " + mpa(p.band().megaPascals())
                        + " MPa, ramp " + PrintResolution.PRESSURE_RATE_MPAPS.setting(p.ramp().megaPascalsPerSecond()) + " MPa/s, hold " + p.hold().toSeconds()
                        + " s, decay <= " + PrintResolution.PERCENT.setting(p.maxDecayPercent()) + " %");
            }
            if (step instanceof RecipeStep.LoadLayer l) {
                return Optional.of("recipe: " + l.material() + " " + PrintResolution.MASS_MG.setting(l.target().milligrams()) + " ± "
                        + PrintResolution.MASS_MG.setting(l.tolerance().milligrams()) + " mg" + (l.secondPersonCheck() ? ", witnessed by a second person" : ""));
            }
            return Optional.empty();
        }

        private void charts() throws DocumentException {
            for (var s : run.steps()) {
                if (!(s.step() instanceof RecipeStep.Press p)) {
                    continue;
                }
                Trace trace = RecordTimeline.trace(record, s.number());
                double targetKn = trace.die().forceFor(p.target()).kiloNewtons();
                heading("Trace of step " + s.number() + ": " + p.title(), 215);
                Paragraph caption = new Paragraph(text("Target " + mpa(p.target().megaPascals()) + " MPa = "
                        + PrintResolution.FORCE_KN.reading(targetKn) + " kN in the " + PrintResolution.POSITION_MM.setting(RecordTimeline.dieBoreMillimetres(record))
                        + " mm die; band ± " + mpa(p.band().megaPascals()) + " MPa. " + trace.size() + " samples"
                        + (trace.isEmpty() ? " (no trace recorded)." : ", peak " + PrintResolution.FORCE_KN.reading(trace.peakKiloNewtons()) + " kN.")), PdfText.SMALL);
                doc.add(caption);
                float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
                float height = 170;
                PdfContentByte cb = writer.getDirectContent();
                PdfTemplate template = cb.createTemplate(width, height);
                new TraceChart(trace, targetKn, trace.die().forceFor(p.band()).kiloNewtons()).draw(template, width, height);
                Image chart = Image.getInstance(template);
                chart.setAlignment(Element.ALIGN_CENTER);
                chart.setSpacingAfter(4);
                doc.add(chart);
            }
        }

        private void alarms() throws DocumentException {
            heading("Alarms");
            List<RecordTimeline.AlarmLine> alarms = RecordTimeline.alarms(record);
            if (alarms.isEmpty()) {
                doc.add(new Paragraph("No alarms.", PdfText.BODY));
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
                PdfCells.timeCell(t, when(Optional.of(a.alarm().raisedAt())));
                if (a.acknowledgedAt().isPresent()) {
                    List<String> by = new ArrayList<>(List.of("by " + record.person(a.acknowledgedBy())));
                    PdfCells.timeCell(t, by, when(a.acknowledgedAt()));
                } else {
                    cell(t, "NOT ACKNOWLEDGED", PdfText.ALERT_BOLD);
                }
                if (a.clearedAt().isPresent()) {
                    PdfCells.timeCell(t, when(a.clearedAt()));
                } else {
                    cell(t, "active", PdfText.BODY);
                }
            }
            doc.add(t);
        }

        private void deviations() throws DocumentException {
            heading("Deviations, holds and decisions");
            List<RecordTimeline.DeviationLine> lines = RecordTimeline.deviations(record);
            if (lines.isEmpty()) {
                doc.add(new Paragraph("None: every step ended within its limits.", PdfText.BODY));
                return;
            }
            PdfPTable t = table(new float[] {0.45f, 1.0f, 1.2f, 3.0f, 2.6f}, "Step", "When", "By", "What", "Reason given");
            for (RecordTimeline.DeviationLine d : lines) {
                cell(t, d.step() == 0 ? "-" : Integer.toString(d.step()), PdfText.BODY);
                PdfCells.timeCell(t, when(Optional.of(d.at())));
                cell(t, record.person(d.by()), PdfText.BODY);
                cell(t, d.what(), PdfText.BODY);
                cell(t, d.reason().isEmpty() ? "-" : d.reason(), PdfText.BODY);
            }
            doc.add(t);
        }

        private void flags() throws DocumentException {
            heading("Quality flags (computed from the record)");
            if (record.flags().isEmpty()) {
                doc.add(new Paragraph("No flags raised.", PdfText.BODY));
                return;
            }
            PdfPTable t = table(new float[] {1.4f, 0.45f, 0.9f, 1.2f, 4.0f}, "Flag", "Step", "Value", "Limit", "Explanation");
            for (QualityFlag f : record.flags()) {
                cell(t, "FLAG " + f.kind().label(), PdfText.ALERT_BOLD);
                cell(t, Integer.toString(f.step()), PdfText.BODY);
                cell(t, f.value(), PdfText.BODY);
                cell(t, f.limit(), PdfText.BODY);
                cell(t, f.explanation(), PdfText.BODY);
            }
            doc.add(t);
        }

        private void amendments() throws DocumentException {
            heading("Amendments (the original entries are unchanged)");
            if (record.amendments().isEmpty()) {
                doc.add(new Paragraph("No amendments.", PdfText.BODY));
                return;
            }
            PdfPTable t = table(new float[] {0.4f, 1.2f, 1.2f, 1.2f, 1.6f, 2.8f}, "#", "Step / value", "Original (as recorded)", "Corrected",
                    "Reason", "Signature");
            int n = 0;
            for (Amendment a : record.amendments()) {
                cell(t, "A" + (++n), PdfText.BODY);
                cell(t, (a.step() == 0 ? "header" : "step " + a.step()) + "\n" + ValuePhrases.label(a.field()), PdfText.BODY);
                cell(t, a.originalValue(), PdfText.BODY);
                cell(t, a.correctedValue(), PdfText.BOLD);
                cell(t, a.reason(), PdfText.BODY);
                cell(t, RecordWording.manifestation(a.signature(), zone), PdfText.BODY);
            }
            doc.add(t);
        }

        private void signatures() throws DocumentException {
            heading("QA sign-off", 170);
            Optional<BatchReview> review = record.review();
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setKeepTogether(true);
            PdfPCell cell = new PdfPCell();
            cell.setPadding(8);
            cell.setBorderColor(PdfText.INK);
            cell.setBorderWidth(0.8f);
            if (review.isPresent()) {
                Signature s = review.get().signature();
                boolean rejected = review.get().decision() == QaDecision.REJECTED;
                cell.addElement(new Paragraph(text(decision(review.get().decision()).toUpperCase(java.util.Locale.ROOT)), rejected ? new Font(PdfText.DECISION.getFamily(),
                        PdfText.DECISION.getSize(), Font.BOLD, PdfText.ALERT) : PdfText.DECISION));
                cell.addElement(new Paragraph(text(RecordWording.manifestation(s, zone)), PdfText.BOLD));
                cell.addElement(labelled("Printed name", s.printedName() + " (" + s.login() + ")"));
                cell.addElement(labelled("Signed", RecordTimes.dateTime(s.signedAt(), zone)));
                cell.addElement(labelled("Meaning", s.meaning().label()));
                cell.addElement(labelled("Comment", s.comment().isEmpty() ? "-" : s.comment()));
                cell.addElement(labelled("Binds to", "record SHA-256 " + s.contentHash()
                        + (QaSignOffUseCase.signatureBinds(s, record) ? " (matches this record)" : " (DOES NOT MATCH this record)")));
                cell.addElement(new Paragraph(text("Electronic signature under 21 CFR Part 11: PIN re-entered at signing; "
                        + "the signature is bound to the record's content hash printed in the footer."), PdfText.SMALL));
            } else {
                cell.addElement(new Paragraph("NOT YET SIGNED OFF", PdfText.DECISION));
                cell.addElement(new Paragraph(text("No electronic QA decision is recorded. This printout is not a release."), PdfText.BODY));
                cell.addElement(new Paragraph(" ", PdfText.BODY));
                cell.addElement(new Paragraph("Decision:   [ ] Approved    [ ] Rejected", PdfText.BODY));
                cell.addElement(new Paragraph(" ", PdfText.BODY));
                cell.addElement(new Paragraph("Printed name: ______________________   Signature: ______________________   Date and time: ____________",
                        PdfText.BODY));
            }
            box.addCell(cell);
            box.setSpacingBefore(2);
            doc.add(box);
        }

        /**
         * A time in a table: the time of day on the batch's first day, with the date on the line above
         * on any other day; each line is one unbreakable piece, so a time never wraps.
         */
        private List<String> when(Optional<Instant> at) {
            if (at.isEmpty()) {
                return List.of("-");
            }
            String time = RecordTimes.timeOfDay(at.get(), zone);
            LocalDate day = at.get().atZone(zone).toLocalDate();
            return day.equals(startDay) ? List.of(time) : List.of(day.toString(), time);
        }

        private static String mpa(double v) {
            return PrintResolution.PRESSURE_MPA.setting(v);
        }

        private static String decision(QaDecision d) {
            return d == QaDecision.APPROVED ? "Approved" : "Rejected";
        }

        private String amendedNote(int step, String field) {
            String n = amendedNotes.getOrDefault(step, Map.of()).get(field);
            return n == null ? "" : "  [" + n + "]";
        }

        /** A heading never ends a page: with less than {@code room} points left it starts the next one. */
        private void heading(String s) throws DocumentException {
            heading(s, 110);
        }

        private void heading(String s, float room) throws DocumentException {
            if (writer.getVerticalPosition(true) - doc.bottomMargin() < room) {
                doc.newPage();
            }
            Paragraph p = new Paragraph(text(s), PdfText.HEADING);
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            doc.add(p);
        }
    }
}


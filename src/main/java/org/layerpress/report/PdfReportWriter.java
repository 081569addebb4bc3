package org.layerpress.report;

import static org.layerpress.report.PdfCells.cell;
import static org.layerpress.report.PdfCells.labelled;
import static org.layerpress.report.PdfCells.row;
import static org.layerpress.report.PdfCells.table;
import static org.layerpress.report.PdfCells.text;
import static org.layerpress.report.PdfCells.time;

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
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.signature.Signature;

/**
 * The batch report a QA person signs (docs/batch-record-format.md#pdf-report; Annex 11 §8:
 * amendments beside the originals): header, step table with who/when/values, a force chart per press step, alarms with
 * their acknowledgements, deviations, flags, amendments, signatures with printed name, UTC time and
 * meaning; every page "Page n of m" and the record's SHA-256 ({@link PageStamp}). A4, black on
 * white, colour only for what is abnormal and always with a word.
 */
public final class PdfReportWriter implements BatchRecordWriter {

    private final Clock clock;

    public PdfReportWriter(Clock clock) {
        this.clock = clock;
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
            new Sections(record, writer, doc).all();
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not lay out the report of " + record.batchId() + ": " + e.getMessage(), e);
        }
        PageStamp.stamp(body.toByteArray(), out, record.batchId(), record.contentHash(), "Printed " + Numbers.utc(clock.instant()),
                record.run().training());
    }

    /** One report being laid out. */
    private static final class Sections {

        private final BatchRecord record;
        private final PdfWriter writer;
        private final Document doc;
        private final BatchRun run;
        private final Map<String, String> header;
        private final Map<Integer, Map<String, String>> amendedNotes = new HashMap<>();

        Sections(BatchRecord record, PdfWriter writer, Document doc) {
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
                    + run.recipeLabel() + " — " + run.state()
                    + (record.review().isPresent() ? ", QA " + record.review().get().decision() : ", QA review pending")), PdfText.BODY);
            sub.setSpacingAfter(8);
            doc.add(sub);
        }

        private void headerTable() throws DocumentException {
            PdfPTable t = new PdfPTable(new float[] {1.3f, 4.7f});
            t.setWidthPercentage(100);
            row(t, "Batch", record.batchId() + "   (" + run.state() + ")");
            row(t, "Recipe", run.recipeLabel() + "   (version id " + header.getOrDefault(BatchRun.RECIPE_VERSION_ID, "?") + ")");
            row(t, "Recipe SHA-256", run.recipeHash());
            row(t, "Die", run.dieId() + "   bore " + Numbers.exact(RecordTimeline.dieBoreMillimetres(record)) + " mm, rated "
                    + header.getOrDefault(StartedValues.DIE_RATING_KN, "?") + " kN" + amendedNote(0, BatchRun.DIE_ID));
            row(t, "Press", header.getOrDefault(StartedValues.PRESS_MODEL, "?") + "   capacity " + header.getOrDefault(StartedValues.PRESS_CAPACITY_KN, "?")
                    + " kN" + (header.getOrDefault(StartedValues.PRESS_ENDPOINT, "").isEmpty() ? "" : "   endpoint " + header.get(StartedValues.PRESS_ENDPOINT)));
            row(t, "Operator(s)", String.join(", ", operators()));
            row(t, "Started", Numbers.utc(run.startedAt()));
            row(t, "Ended", RecordTimeline.endedAt(record).map(Numbers::utc).orElse("not ended (" + run.state() + ")"));
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
                        .ifPresent(c -> lots.add("scanned lot " + c.code()));
            }
            row(t, "Material lots", lots.isEmpty() ? "none recorded" : String.join(", ", lots));
            doc.add(t);
        }

        private Set<String> operators() {
            Set<String> people = new LinkedHashSet<>();
            people.add(run.operator());
            for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
                people.addAll(s.people());
            }
            return people;
        }

        private void steps() throws DocumentException {
            heading("Steps");
            PdfPTable t = table(new float[] {0.3f, 1.9f, 1.1f, 1.05f, 0.65f, 4.0f}, "#", "Step", "State", "When (UTC)", "By", "Setpoints and recorded values");
            for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
                boolean deviated = s.step().state() == StepState.DEVIATED;
                cell(t, Integer.toString(s.step().number()), PdfText.BODY);
                cell(t, s.step().step().title() + "\n" + s.step().step().kind() + (s.step().attempts() > 1 ? ", " + s.step().attempts() + " attempts" : ""),
                        PdfText.BODY);
                cell(t, deviated ? "DEVIATED" : s.step().state().name(), deviated ? PdfText.ALERT_BOLD : PdfText.BODY);
                cell(t, s.activatedAt().map(Numbers::utc).map(x -> x.substring(11, 19)).orElse("-")
                        + "\n" + s.endedAt().map(Numbers::utc).map(x -> x.substring(11, 19)).orElse("-"), PdfText.BODY);
                cell(t, s.people().isEmpty() ? "station" : String.join(", ", s.people()), PdfText.BODY);
                // Recipe line first, then the recorded values as one flowing paragraph: a tall column of
                // short lines would spread a 12-step record over many pages.
                List<String> recorded = StepValues.lines(s.step().values(), amendedNotes.getOrDefault(s.step().number(), Map.of()));
                Phrase values = new Phrase();
                planned(s.step().step()).ifPresent(p -> values.add(new Chunk(text(p) + "\n", PdfText.BOLD)));
                values.add(new Chunk(text(String.join(";  ", recorded)), PdfText.BODY));
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
                return Optional.of("recipe: " + Numbers.exact(p.target().megaPascals()) + " ± " + Numbers.exact(p.band().megaPascals())
                        + " MPa, ramp " + Numbers.exact(p.ramp().megaPascalsPerSecond()) + " MPa/s, hold " + p.hold().toSeconds()
                        + " s, decay <= " + Numbers.exact(p.maxDecayPercent()) + " %");
            }
            if (step instanceof RecipeStep.LoadLayer l) {
                return Optional.of("recipe: " + l.material() + " " + Numbers.exact(l.target().milligrams()) + " ± "
                        + Numbers.exact(l.tolerance().milligrams()) + " mg");
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
                Paragraph caption = new Paragraph(text("Target " + Numbers.exact(p.target().megaPascals()) + " MPa = "
                        + Numbers.fixed(targetKn, 2) + " kN in the " + Numbers.exact(RecordTimeline.dieBoreMillimetres(record))
                        + " mm die; band ± " + Numbers.exact(p.band().megaPascals()) + " MPa. " + trace.size() + " samples"
                        + (trace.isEmpty() ? " (no trace recorded)." : ", peak " + Numbers.fixed(trace.peakKiloNewtons(), 2) + " kN.")), PdfText.SMALL);
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
                cell(t, a.alarm().priority().name(), PdfText.BODY);
                cell(t, a.alarm().cause() + ": " + a.alarm().message() + "\nnow " + a.alarm().state(), PdfText.BODY);
                cell(t, time(a.alarm().raisedAt()), PdfText.BODY);
                cell(t, a.acknowledgedAt().map(x -> "by " + a.acknowledgedBy() + "\n" + time(x)).orElse("NOT ACKNOWLEDGED"),
                        a.acknowledgedAt().isPresent() ? PdfText.BODY : PdfText.ALERT_BOLD);
                cell(t, a.clearedAt().map(PdfCells::time).orElse("active"), PdfText.BODY);
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
            PdfPTable t = table(new float[] {0.45f, 1.15f, 0.8f, 3.2f, 2.8f}, "Step", "When (UTC)", "By", "What", "Reason given");
            for (RecordTimeline.DeviationLine d : lines) {
                cell(t, d.step() == 0 ? "-" : Integer.toString(d.step()), PdfText.BODY);
                cell(t, time(d.at()), PdfText.BODY);
                cell(t, d.by(), PdfText.BODY);
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
                cell(t, (a.step() == 0 ? "header" : "step " + a.step()) + "\n" + a.field(), PdfText.BODY);
                cell(t, a.originalValue(), PdfText.BODY);
                cell(t, a.correctedValue(), PdfText.BOLD);
                cell(t, a.reason(), PdfText.BODY);
                cell(t, a.signature().manifestation(), PdfText.BODY);
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
                cell.addElement(new Paragraph(text(review.get().decision().name()), rejected ? new Font(PdfText.DECISION.getFamily(),
                        PdfText.DECISION.getSize(), Font.BOLD, PdfText.ALERT) : PdfText.DECISION));
                cell.addElement(new Paragraph(text(s.manifestation()), PdfText.BOLD));
                cell.addElement(labelled("Printed name", s.printedName() + " (" + s.login() + ")"));
                cell.addElement(labelled("Signed", Numbers.utc(s.signedAt())));
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
                cell.addElement(new Paragraph("Printed name: ______________________   Signature: ______________________   Date (UTC): ____________",
                        PdfText.BODY));
            }
            box.addCell(cell);
            box.setSpacingBefore(2);
            doc.add(box);
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


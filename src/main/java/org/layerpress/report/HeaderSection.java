package org.layerpress.report;

import static org.layerpress.report.PdfCells.row;
import static org.layerpress.report.PdfCells.text;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.calibration.CalibrationEvidence;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.PrintResolution;

/** The report's title and header table: batch, recipe, die, press, people, times and material lots. */
final class HeaderSection {

    private HeaderSection() {
    }

    static void add(ReportPage page) throws DocumentException {
        title(page);
        table(page);
    }

    private static void title(ReportPage page) throws DocumentException {
        BatchRecord record = page.record();
        BatchRun run = page.run();
        page.add(new Paragraph(text("Batch record " + record.batchId()), PdfText.TITLE));
        Paragraph sub = new Paragraph(text((run.training() ? "Training batch record (not production) of " : "Batch production record of ")
                + run.recipeLabel() + " — " + RecordWording.batchState(run.state())
                + (record.review().isPresent() ? ", QA " + ReportPage.decision(record.review().get().decision()) : ", QA review pending")), PdfText.BODY);
        sub.setSpacingAfter(8);
        page.add(sub);
        if (record.sealWarning().isPresent()) {
            Paragraph seal = new Paragraph(text(BatchRecord.SEAL_MARK + ". " + record.sealWarning().get()), PdfText.ALERT_BOLD);
            seal.setSpacingAfter(8);
            page.add(seal);
        }
    }

    private static void table(ReportPage page) throws DocumentException {
        BatchRecord record = page.record();
        BatchRun run = page.run();
        Map<String, String> header = page.header();
        PdfPTable t = new PdfPTable(new float[] {1.3f, 4.7f});
        t.setWidthPercentage(100);
        row(t, "Batch", record.batchId() + "   (" + RecordWording.batchState(run.state()) + ")");
        row(t, "Recipe", run.recipeLabel() + "   (version id " + header.getOrDefault(BatchRun.RECIPE_VERSION_ID, "?") + ")");
        row(t, "Recipe SHA-256", run.recipeHash());
        if (!run.hasDie()) {
            row(t, "Die", RecordWording.die(run));
        } else {
            row(t, "Die", run.dieId() + "   bore " + PrintResolution.POSITION_MM.setting(RecordTimeline.dieBoreMillimetres(record)) + " mm, "
                + "rated " + ValuePhrases.amount(StartedValues.DIE_RATING_KN, header.getOrDefault(StartedValues.DIE_RATING_KN, "?"))
                    + page.amendedNote(0, BatchRun.DIE_ID));
        }
        row(t, "Press", header.getOrDefault(StartedValues.PRESS_MODEL, "?") + "   capacity "
                + ValuePhrases.amount(StartedValues.PRESS_CAPACITY_KN, header.getOrDefault(StartedValues.PRESS_CAPACITY_KN, "?"))
                + (header.getOrDefault(StartedValues.PRESS_ENDPOINT, "").isEmpty() ? "" : "   endpoint " + header.get(StartedValues.PRESS_ENDPOINT)));
        row(t, "Operator(s)", String.join(", ", operators(record)));
        row(t, "Started", RecordTimes.dateTime(run.startedAt(), page.zone()));
        row(t, "Ended", RecordTimeline.endedAt(record).map(x -> RecordTimes.dateTime(x, page.zone()))
                .orElse("not ended (" + RecordWording.batchState(run.state()) + ")"));
        row(t, "Times", "every time in this report is the station's: " + RecordTimes.zoneName(page.zone(), run.startedAt())
                + "; a time in a table is on the start day unless a date is given above it");
        if (!run.abortReason().isEmpty()) {
            row(t, "Abort reason", run.abortReason());
        }
        row(t, "Calibration", String.join("\n", CalibrationEvidence.summary(header)));
        Set<String> lots = lots(page);
        row(t, "Material lots", lots.isEmpty() ? "none recorded" : String.join(", ", lots));
        page.add(t);
    }

    private static Set<String> lots(ReportPage page) {
        Set<String> lots = new LinkedHashSet<>();
        Set<String> weighed = new HashSet<>();
        for (var s : page.run().steps()) {
            StepResultCodec.layerLoaded(s.values()).filter(l -> !l.lot().isEmpty()).ifPresent(l -> {
                lots.add(l.material() + " lot " + l.lot() + page.amendedNote(s.number(), StepResultCodec.LOT));
                weighed.add(l.lot());
            });
        }
        for (var s : page.run().steps()) {
            // A scanned lot that was also entered at weighing is the same lot: list it once.
            StepResultCodec.scanned(s.values()).filter(c -> c.target() == RecipeStep.ScanTarget.POWDER_LOT && !weighed.contains(c.code()))
                    .ifPresent(c -> lots.add("powder lot scanned " + c.code()));
        }
        return lots;
    }

    private static Set<String> operators(BatchRecord record) {
        Set<String> people = new LinkedHashSet<>();
        people.add(record.person(record.run().operator()));
        for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
            s.people().forEach(p -> people.add(record.person(p)));
        }
        return people;
    }
}

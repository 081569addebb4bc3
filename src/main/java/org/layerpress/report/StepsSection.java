package org.layerpress.report;

import static org.layerpress.report.PdfCells.cell;
import static org.layerpress.report.PdfCells.table;
import static org.layerpress.report.PdfCells.text;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.PrintResolution;

/** The steps table: each step with its state, when, by whom, what the recipe asked and what was recorded. */
final class StepsSection {

    /** Step values the report shows in its deviations table (the reason, what was wrong) or that are bookkeeping. */
    private static final Set<String> ELSEWHERE = Set.of(BatchRun.PHASE, BatchRun.REASON, BatchRun.FINDINGS);

    private StepsSection() {
    }

    static void add(ReportPage page) throws DocumentException {
        BatchRecord record = page.record();
        page.heading("Steps");
        PdfPTable t = table(new float[] {0.3f, 1.8f, 1.0f, 1.0f, 1.1f, 3.8f}, "#", "Step", "State", "When", "By", "Setpoints and recorded values");
        for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
            boolean deviated = s.step().state() == StepState.DEVIATED;
            cell(t, Integer.toString(s.step().number()), PdfText.BODY);
            cell(t, s.step().step().title() + "\n" + RecordWording.stepKind(s.step().step().kind())
                    + (s.step().attempts() > 1 ? ", " + s.step().attempts() + " attempts" : ""), PdfText.BODY);
            cell(t, RecordWording.stepState(s.step().state()), deviated ? PdfText.ALERT_BOLD : PdfText.BODY);
            List<String> when = new ArrayList<>(page.when(s.activatedAt()));
            when.addAll(page.when(s.endedAt()));
            PdfCells.timeCell(t, when);
            cell(t, s.people().isEmpty() ? "station" : String.join(",\n", s.people().stream().map(record::person).toList()), PdfText.BODY);
            t.addCell(values(page, s));
        }
        page.add(t);
    }

    /**
     * Recipe line first, then the recorded values as one flowing paragraph (a tall column of short
     * lines would spread a 12-step record over many pages), then the witness on a line of its own.
     */
    private static PdfPCell values(ReportPage page, RecordTimeline.StepLine s) {
        Map<String, String> notes = page.amendedNotes(s.step().number());
        List<String> recorded = ValuePhrases.phrases(s.step().values(), ELSEWHERE, at -> String.join(" ", page.when(Optional.of(at)))).stream()
                .filter(p -> !p.key().startsWith(StepResultCodec.FINDING_PREFIX))
                .map(p -> p.text() + (notes.containsKey(p.key()) ? "  [" + notes.get(p.key()) + "]" : "")).toList();
        Phrase values = new Phrase();
        planned(s.step().step()).ifPresent(p -> values.add(new Chunk(text(p) + "\n", PdfText.BOLD)));
        values.addAll(PdfCells.phrase(String.join(";  ", recorded), PdfText.BODY));
        ValuePhrases.witness(s.step().values(), at -> String.join(" ", page.when(Optional.of(at))))
                .ifPresent(w -> values.addAll(PdfCells.phrase("\n" + w, PdfText.BOLD)));
        PdfPCell c = new PdfPCell(values);
        c.setBorderColor(PdfText.RULE);
        c.setPadding(3);
        return c;
    }

    /** What the control recipe asked for, so the recorded values are read against it. */
    private static Optional<String> planned(RecipeStep step) {
        if (step instanceof RecipeStep.Press p) {
            return Optional.of("recipe: " + ReportPage.mpa(p.target().megaPascals()) + " ± " + ReportPage.mpa(p.band().megaPascals())
                    + " MPa, ramp " + PrintResolution.PRESSURE_RATE_MPAPS.setting(p.ramp().megaPascalsPerSecond()) + " MPa/s, hold " + p.hold().toSeconds()
                    + " s, decay <= " + PrintResolution.PERCENT.setting(p.maxDecayPercent()) + " %");
        }
        if (step instanceof RecipeStep.Pressurise p) {
            return Optional.of("recipe: vessel pressure " + ReportPage.mpa(p.target().megaPascals()) + " ± " + ReportPage.mpa(p.band().megaPascals())
                    + " MPa, rate " + PrintResolution.PRESSURE_RATE_MPAPS.setting(p.rate().megaPascalsPerSecond()) + " MPa/s, hold " + p.hold().toSeconds()
                    + " s" + p.temperature().map(t -> ", medium at " + EvidenceNumbers.trimmed(t.celsius(), 1) + " °C").orElse(""));
        }
        if (step instanceof RecipeStep.Depressurise d) {
            return Optional.of("recipe: vent the vessel at most " + PrintResolution.PRESSURE_RATE_MPAPS.setting(d.maxRate().megaPascalsPerSecond()) + " MPa/s");
        }
        if (step instanceof RecipeStep.LoadLayer l) {
            return Optional.of("recipe: " + l.material() + " " + PrintResolution.MASS_MG.setting(l.target().milligrams()) + " ± "
                    + PrintResolution.MASS_MG.setting(l.tolerance().milligrams()) + " mg" + (l.secondPersonCheck() ? ", witnessed by a second person" : ""));
        }
        return Optional.empty();
    }
}

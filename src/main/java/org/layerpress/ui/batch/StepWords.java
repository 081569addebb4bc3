package org.layerpress.ui.batch;

import java.util.Locale;
import java.util.Map;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Glyph;

/** What the operator reads about a step: its kind in a word, what to do, its state as word and glyph. */
public final class StepWords {

    private StepWords() {
    }

    public static String kind(StepKind kind) {
        return switch (kind) {
            case CHECK -> "Check";
            case SCAN -> "Scan";
            case LOAD_LAYER -> "Load";
            case HEAT -> "Heat";
            case PRESS -> "Press";
            case COOL -> "Cool";
            case RELEASE -> "Release";
            case EJECT -> "Eject";
            case INSPECT -> "Inspect";
            case LOAD_VESSEL -> "Load vessel";
            case PRESSURISE -> "Pressurise";
            case DEPRESSURISE -> "Vent";
        };
    }

    public static String state(StepState state) {
        return switch (state) {
            case PENDING -> "to do";
            case ACTIVE -> "now";
            case CONFIRMED -> "done";
            case DEVIATED -> "deviation";
        };
    }

    public static Glyph glyph(StepState state) {
        return switch (state) {
            case PENDING -> Glyph.EMPTY;
            case ACTIVE -> Glyph.RUNNING;
            case CONFIRMED -> Glyph.OK;
            case DEVIATED -> Glyph.WARNING;
        };
    }

    /** The one or two sentences under the step's title. */
    public static String instruction(StepRun run) {
        RecipeStep step = run.step();
        if (step instanceof RecipeStep.Check) {
            return "Tap each item once it is true, then Confirm.";
        }
        if (step instanceof RecipeStep.Scan s) {
            return s.target() == RecipeStep.ScanTarget.DIE_ID
                    ? "Scan the label of the die in the press: it must be the die chosen at start."
                    : "Scan the label of the powder lot, or enter the lot number.";
        }
        if (step instanceof RecipeStep.LoadLayer l) {
            return String.format(Locale.ROOT, "Weigh %s for the %s layer, enter the mass and the lot, load it into the die, then Confirm.",
                    l.material(), l.layerName());
        }
        if (step instanceof RecipeStep.Press) {
            return "Close the door, then hold Start until the bar is full. The press ramps, holds and reports done.";
        }
        if (step instanceof RecipeStep.Heat h) {
            return String.format(Locale.ROOT, "Tap Start heating. The platens go to %s °C; the step ends after %d s with both within ± %s °C.",
                    EvidenceNumbers.text(h.setpoint().celsius()), h.soak().toSeconds(),
                    EvidenceNumbers.text(h.band().celsius()));
        }
        if (step instanceof RecipeStep.Cool c) {
            return String.format(Locale.ROOT, "Tap Start cooling. The heaters switch off; the step ends when both platens are at or below %s °C.",
                    EvidenceNumbers.text(c.releaseBelow().celsius()));
        }
        if (step instanceof RecipeStep.Release) {
            return "Tap Release. The step ends when the force is below 0.5 kN.";
        }
        if (step instanceof RecipeStep.Eject) {
            return "Eject the pellet from the die, then confirm.";
        }
        return "Answer each question Pass or Fail, then Confirm.";
    }

    /** What a finished step left in the record, in one line: mass and lot, peak and hold, springback… */
    public static String result(StepRun run) {
        String head = "Step " + run.number() + " " + run.step().title() + ": " + state(run.state());
        Map<String, String> values = run.values();
        String detail = switch (run.step().kind()) {
            case LOAD_LAYER -> StepResultCodec.layerLoaded(values)
                    .map(l -> join(with("", l.massMg(), " mg"), l.lot().isEmpty() ? "" : "lot " + l.lot(),
                            l.source() instanceof MassSource.Typed ? "" : l.source().words())).orElse("");
            case PRESS -> StepResultCodec.pressed(values).map(p -> join(with("peak ", p.peakMegaPascals(), " MPa"),
                    with("hold mean ", p.holdMeanMegaPascals(), " MPa"), with("decay ", p.holdDecayPercent(), " %"))).orElse("");
            case RELEASE -> StepResultCodec.released(values).map(r -> with("springback ", r.springbackMm(), " mm")).orElse("");
            case SCAN -> StepResultCodec.scanned(values).map(Scanned::code).orElse("");
            default -> "";
        };
        String findings = run.value(StepResultCodec.FINDINGS);
        return head + (detail.isEmpty() ? "" : ", " + detail) + (findings.isEmpty() ? "" : " (" + findings + ")");
    }

    /** A measured value with its words around it; nothing for a value not measured (NaN). */
    private static String with(String before, double value, String after) {
        return Double.isNaN(value) ? "" : before + num(value) + after;
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    /** A number to at most two decimals, without trailing zeros: 60, 60.5, 1.25 ({@link DisplayNumbers#plain}, short for the run screens' many sentences). */
    public static String num(double v) {
        return DisplayNumbers.plain(v);
    }
}

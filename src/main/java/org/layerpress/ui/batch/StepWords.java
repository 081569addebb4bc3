package org.layerpress.ui.batch;

import java.util.Map;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.fx.Words;

/** What the operator reads about a step: its kind in a word, what to do, its state as word and glyph. */
public final class StepWords {

    private StepWords() {
    }

    /** The kind in a word of the person's language; the record keeps the English name of the kind. */
    public static String kind(StepKind kind) {
        return Words.get("step.kind." + kind.name());
    }

    public static String state(StepState state) {
        return Words.get("step.state." + state.name());
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
            return Words.get("step.instr.check");
        }
        if (step instanceof RecipeStep.Scan s) {
            return s.target() == RecipeStep.ScanTarget.DIE_ID
                    ? Words.get("step.instr.scanDie")
                    : Words.get("step.instr.scanLot");
        }
        if (step instanceof RecipeStep.LoadLayer l) {
            return Words.format("step.instr.load", l.material(), l.layerName());
        }
        if (step instanceof RecipeStep.Press) {
            return Words.get("step.instr.press");
        }
        if (step instanceof RecipeStep.Heat h) {
            return Words.format("step.instr.heat", num(h.setpoint().celsius()), String.valueOf(h.soak().toSeconds()),
                    num(h.band().celsius()));
        }
        if (step instanceof RecipeStep.Cool c) {
            return Words.format("step.instr.cool", num(c.releaseBelow().celsius()));
        }
        if (step instanceof RecipeStep.Release) {
            return Words.format("step.instr.release", num(0.5));
        }
        if (step instanceof RecipeStep.Eject) {
            return Words.get("step.instr.eject");
        }
        if (step instanceof RecipeStep.LoadVessel) {
            // The vessel's own words: not the inspection's sentence the fall-through below would give.
            return Words.get("vessel.instrLoad");
        }
        if (step instanceof RecipeStep.Pressurise || step instanceof RecipeStep.Depressurise) {
            return Words.get(step instanceof RecipeStep.Pressurise ? "vessel.instrPressurise" : "vessel.instrVent");
        }
        return Words.get("step.instr.inspect");
    }

    /** What a finished step left in the record, in one line: mass and lot, peak and hold, springback… */
    public static String result(StepRun run) {
        String head = Words.format("step.result.head", String.valueOf(run.number()), run.step().title(), state(run.state()));
        Map<String, String> values = run.values();
        String detail = switch (run.step().kind()) {
            case LOAD_LAYER -> StepResultCodec.layerLoaded(values)
                    .map(l -> join(with("step.result.mass", l.massMg()), l.lot().isEmpty() ? "" : Words.format("step.result.lot", l.lot()),
                            l.source() instanceof MassSource.Typed ? "" : BalanceWords.source(l.source()))).orElse("");
            case PRESS -> StepResultCodec.pressed(values).map(p -> join(with("step.result.peak", p.peakMegaPascals()),
                    with("step.result.holdMean", p.holdMeanMegaPascals()), with("step.result.decay", p.holdDecayPercent()))).orElse("");
            case RELEASE -> StepResultCodec.released(values).map(r -> with("step.result.springback", r.springbackMm())).orElse("");
            case SCAN -> StepResultCodec.scanned(values).map(Scanned::code).orElse("");
            default -> "";
        };
        String findings = run.value(StepResultCodec.FINDINGS);
        return head + (detail.isEmpty() ? "" : ", " + detail) + (findings.isEmpty() ? "" : " (" + findings + ")");
    }

    /** A measured value in its words ({@code key}'s pattern); nothing for a value not measured (NaN). */
    private static String with(String key, double value) {
        return Double.isNaN(value) ? "" : Words.format(key, num(value));
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    /** A number to at most two decimals, without trailing zeros: 60, 60.5, 1.25 ({@link DisplayNumbers#plain}, short for the run screens' many sentences). */
    public static String num(double v) {
        return Words.decimals(DisplayNumbers.plain(v));
    }

    /** A live number with exactly {@code decimals} decimals, in the person's decimal mark (28,4 in German). */
    public static String fixed(double v, int decimals) {
        return Words.decimals(DisplayNumbers.live(v, decimals));
    }
}

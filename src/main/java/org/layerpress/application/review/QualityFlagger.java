package org.layerpress.application.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.time.ZoneOffset;
import org.layerpress.application.batch.AtmosphereGate;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResult.PlatensDuringHold;
import org.layerpress.domain.batch.StepResult.Released;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * Computes a batch record's automatic quality flags from its events and traces (docs/press-domain.md#what-a-trace-can-reveal,
 * the "flag" entries), each naming the step, the value seen and the limit, in words. Press traces are read by
 * {@link PressStepFlags}; the rest comes from the recorded step values and alarms.
 */
public final class QualityFlagger {

    /**
     * Springback of the ram on release above this is flagged (capping/lamination risk,
     * docs/press-domain.md#what-a-trace-can-reveal). The ram's springback includes the frame, punches and die springing back —
     * about 0.004 mm/kN in the simulator's model, so ≈ 0.12 mm near a 10 t die's rating — and a
     * dense sulfide pellet recovers a few % of its ~0.5 mm thickness. 0.15 mm is therefore more than
     * the machine alone gives at any allowed force: the excess is the pellet. An engineering default
     * (no standard sets it); it belongs in the recipe once pellets of other thickness are made.
     */
    public static final double SPRINGBACK_LIMIT_MM = 0.15;

    private QualityFlagger() {
    }

    /** @param traces a step's trace points by step number (empty for steps without a trace) */
    public static List<QualityFlag> flags(BatchRun run, IntFunction<List<TracePoint>> traces) {
        List<QualityFlag> out = new ArrayList<>();
        int linkGaps = 0;
        for (StepRun step : run.steps()) {
            StepKind kind = step.step().kind();
            if (kind == StepKind.PRESS) {
                if (GaugeValues.manualTrace(step.values())) {
                    new GaugeStepFlags(step, out).check();
                } else {
                    new PressStepFlags(step, run.recipe().die(), out).check(traces.apply(step.number()));
                }
                platens(step, out);
            } else if (kind == StepKind.LOAD_LAYER) {
                mass(step, out);
            } else if (kind == StepKind.RELEASE) {
                springback(step, out);
                density(step, out);
            }
            VesselStepFlags.check(run, step, out);
            atmosphere(run, step, out);
            if (step.attempts() > 1) {
                repeated(run, step, out);
            }
            if (kind == StepKind.PRESS) {
                for (BatchAlarm a : run.alarms()) {
                    if (a.step() == step.number() && HoldCause.ofKey(a.cause()).equals(Optional.of(HoldCause.LINK_LOST))) {
                        linkGaps++;
                        out.add(flag(FlagKind.LINK_GAP, step, "link lost at " + a.raisedAt(), "no gap in a press step's trace",
                                "the PLC link dropped during the press (" + a.message() + "): the trace has a gap and the step was held"));
                    }
                }
            }
        }
        int otherGaps = run.traceGaps() - linkGaps;
        if (otherGaps > 0) {
            out.add(new QualityFlag(FlagKind.LINK_GAP, 0, "", otherGaps + " trace gap(s)", "no gap in a press step's trace",
                    "The record declares " + otherGaps + " trace gap(s) besides lost links (the station stopped while a step ran, the PLC's"
                            + " trace ring was overwritten before it was read, or bad data); all gaps together lost " + run.traceSamplesLost()
                            + " sample(s)" + (run.traceGapsOfUnknownLength() > 0 ? " and " + run.traceGapsOfUnknownLength()
                            + " stretch(es) of unknown length" : "") + "."));
        }
        return out;
    }

    private static void mass(StepRun step, List<QualityFlag> out) {
        Optional<LayerLoaded> recorded = StepResultCodec.layerLoaded(step.values());
        if (recorded.isEmpty() || Double.isNaN(recorded.get().targetMg()) || Double.isNaN(recorded.get().toleranceMg())) {
            return;
        }
        LayerLoaded l = recorded.get();
        // Against the target and tolerance the record kept, by the sequencer's own test.
        if (!l.insideTolerance()) {
            String mass = EvidenceNumbers.text(l.massMg());
            out.add(flag(FlagKind.MASS_OUT_OF_TOLERANCE, step, mass + " mg", EvidenceNumbers.text(l.targetMg()) + " ± " + EvidenceNumbers.text(l.toleranceMg()) + " mg",
                    String.format(Locale.ROOT, "weighed %s mg, %s mg %s the target%s", mass, PressStepFlags.plain(Math.abs(l.massMg() - l.targetMg())),
                            l.massMg() > l.targetMg() ? "above" : "below", l.deviationReason().map(r -> " (reason given: " + r + ")").orElse(""))));
        }
    }

    /** A press step with a platen band: both platens within the HEAT's setpoint ± band for the whole hold, or a flag. */
    private static void platens(StepRun step, List<QualityFlag> out) {
        Optional<PlatensDuringHold> hold = StepResultCodec.platensDuringHold(step.values());
        if (hold.isEmpty() || hold.get().inBand()) {
            return;
        }
        PlatensDuringHold h = hold.get();
        String limit = EvidenceNumbers.text(h.setpointCelsius()) + " ± " + EvidenceNumbers.text(h.bandCelsius()) + " °C";
        if (Double.isNaN(h.minCelsius())) {
            out.add(flag(FlagKind.PLATEN_TEMPERATURE_OUT_OF_BAND, step, "no reading", limit,
                    "a platen's temperature was not read for the whole hold, so it cannot be shown to have stayed in its band"));
            return;
        }
        String seen = EvidenceNumbers.trimmed(h.minCelsius(), 1) + "–" + EvidenceNumbers.trimmed(h.maxCelsius(), 1) + " °C";
        out.add(flag(FlagKind.PLATEN_TEMPERATURE_OUT_OF_BAND, step, seen, limit,
                "the platens read " + seen + " during the hold, outside " + limit));
    }

    /**
     * The recipe's minimum relative density, checked against the pellet after release (as it leaves
     * the press): under load the punches and frame still stand elastically compressed, which reads thinner.
     */
    private static void density(StepRun step, List<QualityFlag> out) {
        DensityCodec.decode(DensityCodec.RELEASED, step.values())
                .filter(DensityReading.Measured.class::isInstance).map(DensityReading.Measured.class::cast)
                .filter(DensityReading.Measured::belowTarget)
                .ifPresent(m -> {
                    String value = EvidenceNumbers.trimmed(m.relativePercent().getAsDouble(), 1) + " %";
                    String limit = "≥ " + EvidenceNumbers.trimmed(m.minRelativePercent().getAsDouble(), 1) + " %";
                    out.add(flag(FlagKind.LOW_RELATIVE_DENSITY, step, value, limit, "after release the pellet is " + EvidenceNumbers.text(m.thicknessMillimetres())
                            + " mm thick, " + EvidenceNumbers.text(m.gramsPerCubicCentimetre()) + " g/cm³, " + value + " of its theoretical density: below the recipe's "
                            + limit + " (incomplete densification)"));
                });
    }

    private static void springback(StepRun step, List<QualityFlag> out) {
        Optional<Released> released = StepResultCodec.released(step.values());
        if (released.isEmpty()) {
            return;
        }
        double mm = released.get().springbackMm();
        if (mm > SPRINGBACK_LIMIT_MM) {
            String value = EvidenceNumbers.text(mm);
            out.add(flag(FlagKind.SPRINGBACK, step, value + " mm", "≤ " + PressStepFlags.plain(SPRINGBACK_LIMIT_MM) + " mm",
                    "the ram sprang back " + value + " mm on release, more than the machine's own elasticity gives: capping or lamination risk"));
        }
    }

    private static void repeated(BatchRun run, StepRun step, List<QualityFlag> out) {
        List<String> causes = run.alarms().stream().filter(a -> a.step() == step.number()).map(BatchAlarm::message).distinct().toList();
        out.add(flag(FlagKind.STEP_REPEATED, step, step.attempts() + " attempts", "1 attempt",
                "the step was done " + step.attempts() + " times after the batch was held"
                        + (causes.isEmpty() ? "" : " (" + String.join("; ", causes) + ")")));
    }

    /**
     * Each glovebox atmosphere alarm of a step (docs/glovebox.md): the pellet met more O2 or H2O than the
     * recipe allows. The limit is the one in force at that step, in numbers; the time is said, not an ISO instant.
     */
    private static void atmosphere(BatchRun run, StepRun step, List<QualityFlag> out) {
        String limit = AtmosphereGate.limitsAt(run.recipe(), step.number()).map(AtmosphereLimits::describe)
                .orElse("the limits of the recipe's CHECK step");
        for (BatchAlarm a : run.alarms()) {
            if (a.step() == step.number() && a.cause().equals(AtmosphereGate.CAUSE)) {
                out.add(flag(FlagKind.ATMOSPHERE_EXCURSION, step, a.message(), limit,
                        "the glovebox atmosphere rose above the recipe's limit at " + RecordTimes.dateTime(a.raisedAt(), ZoneOffset.UTC) + " UTC"));
            }
        }
    }

    /** A flag on a step; the explanation starts with the step's number and title. */
    static QualityFlag flag(FlagKind kind, StepRun step, String value, String limit, String what) {
        String title = step.step().title();
        return new QualityFlag(kind, step.number(), title, value, limit, "Step " + step.number() + " " + title + ": " + what + ".");
    }
}

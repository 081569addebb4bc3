package org.layerpress.application.review;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.domain.batch.VesselStepValues.Held;
import org.layerpress.domain.batch.VesselStepValues.Vented;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * The quality flags of an isostatic vessel's steps, from what the step recorded: a vessel pressure
 * below the band during the hold, a warm step's medium outside its temperature band during the hold, a vent faster than the recipe allows, and the lid found unlocked
 * while the vessel was under pressure (the alarm the hold raised).
 */
final class VesselStepFlags {

    private VesselStepFlags() {
    }

    static void check(BatchRun run, StepRun step, List<QualityFlag> out) {
        StepKind kind = step.step().kind();
        if (kind == StepKind.PRESSURISE) {
            VesselStepValues.held(step.values()).filter(h -> h.belowBandSamples() > 0).ifPresent(h -> out.add(belowBand(step, h)));
            VesselStepValues.warmHold(step.values()).filter(m -> m.outOfBandSamples() > 0).ifPresent(m -> out.add(mediumOutOfBand(step, m)));
        } else if (kind == StepKind.DEPRESSURISE) {
            VesselStepValues.vented(step.values()).filter(Vented::tooFast).ifPresent(v -> out.add(tooFast(step, v)));
        }
        if (kind == StepKind.PRESSURISE || kind == StepKind.DEPRESSURISE) {
            for (BatchAlarm a : run.alarms()) {
                if (a.step() == step.number() && a.cause().equals(VesselStepValues.ABOVE_BAND_CAUSE)) {
                    out.add(aboveBand(step, a));
                }
                if (a.step() == step.number() && HoldCause.ofKey(a.cause()).equals(Optional.of(HoldCause.LID_UNLOCKED_UNDER_PRESSURE))) {
                    out.add(QualityFlagger.flag(FlagKind.LID_UNLOCKED_UNDER_PRESSURE, step, "lid unlocked at " + a.raisedAt(),
                            "lid locked until the vessel is vented", "the lid read unlocked while the vessel was under pressure (" + a.message()
                                    + "): the PLC vents and the step was held"));
                }
            }
        }
    }

    private static QualityFlag belowBand(StepRun step, Held h) {
        String low = EvidenceNumbers.trimmed(h.minMegaPascals(), 1) + " MPa";
        String limit = "≥ " + EvidenceNumbers.trimmed(h.lowerMegaPascals(), 1) + " MPa (" + EvidenceNumbers.trimmed(h.targetMegaPascals(), 1) + " − "
                + EvidenceNumbers.trimmed(h.bandMegaPascals(), 1) + " MPa)";
        return QualityFlagger.flag(FlagKind.VESSEL_PRESSURE_BELOW_BAND, step, low, limit, "the vessel pressure fell to " + low + " during the hold, "
                + h.belowBandSamples() + " of its samples below the band's bottom (a leaking seal, or a pump that could not keep up)");
    }

    /** From the live alarm: the value that first passed the top is in its words, the band's top from the step's recipe values. */
    private static QualityFlag aboveBand(StepRun step, BatchAlarm a) {
        String top = step.values().containsKey(VesselStepValues.TARGET_MPA) && step.values().containsKey(VesselStepValues.BAND_MPA)
                ? "≤ " + EvidenceNumbers.trimmed(Double.parseDouble(step.values().get(VesselStepValues.TARGET_MPA))
                        + Double.parseDouble(step.values().get(VesselStepValues.BAND_MPA)), 1) + " MPa (target + band)"
                : "≤ target + band";
        return QualityFlagger.flag(FlagKind.VESSEL_PRESSURE_ABOVE_BAND, step, "above the band at " + a.raisedAt(), top,
                "the vessel pressure passed the band's top while pressurising (" + a.message() + ")");
    }

    private static QualityFlag mediumOutOfBand(StepRun step, VesselStepValues.WarmHold m) {
        String seen = EvidenceNumbers.trimmed(m.minCelsius().orElseThrow(), 1) + "–" + EvidenceNumbers.trimmed(m.maxCelsius().orElseThrow(), 1) + " °C";
        String limit = EvidenceNumbers.trimmed(m.celsius(), 1) + " ± " + EvidenceNumbers.trimmed(m.bandCelsius(), 1) + " °C";
        return QualityFlagger.flag(FlagKind.VESSEL_TEMPERATURE_OUT_OF_BAND, step, seen, limit, "the vessel's medium was at " + seen + " during the hold, "
                + m.outOfBandSamples() + " of its samples outside the recipe's band (a heater that stopped heating, or a cold load)");
    }

    private static QualityFlag tooFast(StepRun step, Vented v) {
        String rate = EvidenceNumbers.trimmed(v.fastestMegaPascalsPerSecond().orElseThrow(), 2) + " MPa/s";
        return QualityFlagger.flag(FlagKind.DEPRESSURISED_TOO_FAST, step, rate, "≤ " + EvidenceNumbers.trimmed(v.limitMegaPascalsPerSecond(), 2) + " MPa/s",
                "the vessel vented at up to " + rate + ", faster than the recipe allows (a fast decompression can crack a pellet or burst its bag)");
    }
}

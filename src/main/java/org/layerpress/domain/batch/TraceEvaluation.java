package org.layerpress.domain.batch;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a press step's trace measured and what was wrong with it.
 *
 * @param secondsToSetpoint from the step's start to the first sample inside the band
 * @param holdDecayPercent fall of pressure from the start to the end of the hold, % of the start
 * @param ramAdvanceDuringHold how far the ram moved on during the hold, mm (creep shows here)
 */
public record TraceEvaluation(double peakMegaPascals, OptionalDouble secondsToSetpoint, double holdMeanMegaPascals,
                              double holdDecayPercent, double ramAdvanceDuringHold, List<Finding> findings) {

    public TraceEvaluation {
        findings = List.copyOf(findings);
    }

    public boolean deviated() {
        return !findings.isEmpty();
    }
}

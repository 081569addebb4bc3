package org.layerpress.application.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.GaugeReading;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepResult.Noted;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * The flags of a press step read off a gauge ({@code press.trace = manual}): there is no trace to
 * read, only the two readings the operator typed in, which the sequencer judged against the band and
 * the die's rating when the step ended. Each of its findings becomes a flag naming the reading (in
 * the dial's unit) and the recipe's band: below the band at the hold's start, below it at the hold's
 * end (under-pressure during the hold), above the band's top or the die's rating (over-pressure).
 */
final class GaugeStepFlags {

    private final StepRun step;
    private final RecipeStep.Press press;
    private final List<QualityFlag> out;

    GaugeStepFlags(StepRun step, List<QualityFlag> out) {
        this.step = step;
        this.press = (RecipeStep.Press) step.step();
        this.out = out;
    }

    void check() {
        for (Noted f : StepResultCodec.findingsOf(step.values())) {
            switch (f.kind()) {
                case GAUGE_START_BELOW_BAND -> add(FlagKind.GAUGE_START_BELOW_BAND, reading(GaugeValues.START), lowerLimit(), f.message());
                case BELOW_BAND -> add(FlagKind.UNDER_PRESSURE, reading(GaugeValues.END), lowerLimit(), f.message());
                case OVER_PRESSURE, DIE_RATING_EXCEEDED -> add(FlagKind.OVER_PRESSURE, higher(), String.format(Locale.ROOT, "≤ %s MPa (target %s ± %s MPa)",
                        PressStepFlags.plain(press.upperLimit().megaPascals()), PressStepFlags.plain(press.target().megaPascals()),
                        PressStepFlags.plain(press.band().megaPascals())), f.message());
                default -> {
                    // a gauge step records no other finding
                }
            }
        }
    }

    private String lowerLimit() {
        return String.format(Locale.ROOT, "≥ %s MPa (target %s ± %s MPa)", PressStepFlags.plain(press.target().megaPascals() - press.band().megaPascals()),
                PressStepFlags.plain(press.target().megaPascals()), PressStepFlags.plain(press.band().megaPascals()));
    }

    private String reading(String key) {
        return GaugeValues.decode(key, step.values()).map(GaugeStepFlags::words).orElse("no reading");
    }

    private String higher() {
        Optional<GaugeReading> start = GaugeValues.decode(GaugeValues.START, step.values());
        Optional<GaugeReading> end = GaugeValues.decode(GaugeValues.END, step.values());
        return start.map(s -> end.filter(e -> e.value() > s.value()).orElse(s)).or(() -> end).map(GaugeStepFlags::words).orElse("no reading");
    }

    private static String words(GaugeReading r) {
        return PressStepFlags.plain(r.value()) + " " + r.unit() + " on the gauge";
    }

    private void add(FlagKind kind, String value, String limit, String what) {
        out.add(QualityFlagger.flag(kind, step, value, limit, what));
    }
}

package org.layerpress.ui.batch;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.GaugeProgress;
import org.layerpress.ui.fx.Words;

/**
 * The press page of a manual pump press with a gauge only: the band in the dial's own unit, one
 * instruction ("Pump to 37 bar, then type the gauge's reading"), the number pad's title and the band
 * under what is being typed, and the hold's countdown, which the station runs from the confirmed
 * reading. The band is shown narrowed to whole dial steps (bottom rounded up, top rounded down), so a
 * reading the screen calls in band is in band. Plain data from the sequencer's {@link GaugeProgress},
 * so it is tested without a screen.
 */
public final class GaugeStepModel {

    private final Supplier<Optional<GaugeProgress>> progress;
    private final BiConsumer<GaugeProgress.Stage, Double> submit;
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper(this, "instruction", "");
    private final ReadOnlyStringWrapper band = new ReadOnlyStringWrapper(this, "band", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyBooleanWrapper readingAsked = new ReadOnlyBooleanWrapper(this, "readingAsked");
    private Optional<GaugeProgress> now = Optional.empty();

    /**
     * @param progress the gauge step running now (the sequencer's {@code gaugeProgress})
     * @param submit hands a confirmed reading to the sequencer: at the hold's start or its end, by the stage it was typed in
     */
    public GaugeStepModel(Supplier<Optional<GaugeProgress>> progress, BiConsumer<GaugeProgress.Stage, Double> submit) {
        this.progress = progress;
        this.submit = submit;
    }

    /** Reads the step again (the live refresh): instruction, band, countdown. */
    public void refresh() {
        now = progress.get();
        if (now.isEmpty()) {
            instruction.set("");
            band.set("");
            countdown.set("");
            readingAsked.set(false);
            return;
        }
        GaugeProgress p = now.get();
        band.set(bandWords(p));
        OptionalDouble left = p.holdRemainingSeconds();
        countdown.set(left.isPresent() ? Words.format("gauge.holdLeft", String.valueOf((long) Math.ceil(left.getAsDouble()))) : "");
        readingAsked.set(p.stage() != GaugeProgress.Stage.HOLDING);
        instruction.set(switch (p.stage()) {
            case READ_AT_HOLD_START -> Words.format("gauge.readAtStart", dial(p, p.target(), 0));
            case HOLDING -> Words.get("gauge.keepInBand");
            case READ_AT_HOLD_END -> Words.get("gauge.readAtEnd");
        });
    }

    /** The dial's unit, beside what is typed on the pad. */
    public String unit() {
        return now.map(GaugeProgress::unit).orElse("");
    }

    /** The pad's title: which reading is asked for. */
    public String padTitle() {
        return Words.get(now.map(p -> p.stage() == GaugeProgress.Stage.READ_AT_HOLD_END ? "gauge.padEnd" : "gauge.padStart")
                .orElse("gauge.padTitle"));
    }

    /** What the pad shows under the value typed so far: the band, and where the value stands against it. */
    public String padNote(OptionalDouble typed) {
        if (now.isEmpty()) {
            return "";
        }
        GaugeProgress p = now.get();
        String where = "";
        if (typed.isPresent()) {
            double v = typed.getAsDouble();
            String key = v > p.rated() ? "gauge.typedOverRating" : v > p.upper() ? "gauge.typedAbove" : v < p.lower() ? "gauge.typedBelow" : "gauge.typedIn";
            where = "; " + Words.format(key, dial(p, v, 0));
        }
        return bandWords(p) + where;
    }

    /** OK on the pad: the reading goes to the sequencer for the stage it was typed in. */
    public void confirm(double reading) {
        now.ifPresent(p -> submit.accept(p.stage(), reading));
    }

    private static String bandWords(GaugeProgress p) {
        return Words.format("gauge.band", dial(p, p.lower(), 1), dial(p, p.upper(), -1));
    }

    /** A value on the dial, to its resolution: {@code round} 1 rounds up, -1 down, 0 to nearest. */
    private static String dial(GaugeProgress p, double v, int round) {
        double step = Math.pow(10, -p.decimals());
        double n = v / step;
        double r = round > 0 ? Math.ceil(n - 1e-9) : round < 0 ? Math.floor(n + 1e-9) : Math.rint(n);
        return Words.decimals(String.format(Locale.ROOT, "%." + p.decimals() + "f", r * step)) + " " + p.unit();
    }

    public ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bandProperty() {
        return band.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** Whether the pad is offered now: before the hold and after it, not while it counts down. */
    public ReadOnlyBooleanProperty readingAskedProperty() {
        return readingAsked.getReadOnlyProperty();
    }
}

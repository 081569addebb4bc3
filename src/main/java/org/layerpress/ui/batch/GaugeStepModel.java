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
        countdown.set(left.isPresent() ? String.format(Locale.ROOT, "Hold: %.0f s left", Math.ceil(left.getAsDouble())) : "");
        readingAsked.set(p.stage() != GaugeProgress.Stage.HOLDING);
        instruction.set(switch (p.stage()) {
            case READ_AT_HOLD_START -> "Pump to " + dial(p, p.target(), 0) + ", then type the gauge's reading: the hold starts when you confirm it";
            case HOLDING -> "Hold: keep the gauge in the band, top up if it falls";
            case READ_AT_HOLD_END -> "Hold over: type the gauge's reading again, then open the release valve";
        });
    }

    /** The dial's unit, beside what is typed on the pad. */
    public String unit() {
        return now.map(GaugeProgress::unit).orElse("");
    }

    /** The pad's title: which reading is asked for. */
    public String padTitle() {
        return now.map(p -> p.stage() == GaugeProgress.Stage.READ_AT_HOLD_END ? "Gauge at the hold's end" : "Gauge at the hold's start")
                .orElse("Gauge reading");
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
            where = v > p.rated() ? ": above the die's rating, stop and release"
                    : v > p.upper() ? ": above the band" : v < p.lower() ? ": below the band" : ": in the band";
            where = "; " + dial(p, v, 0) + where;
        }
        return bandWords(p) + where;
    }

    /** OK on the pad: the reading goes to the sequencer for the stage it was typed in. */
    public void confirm(double reading) {
        now.ifPresent(p -> submit.accept(p.stage(), reading));
    }

    private static String bandWords(GaugeProgress p) {
        return "band " + dial(p, p.lower(), 1) + " to " + dial(p, p.upper(), -1) + " on the gauge";
    }

    /** A value on the dial, to its resolution: {@code round} 1 rounds up, -1 down, 0 to nearest. */
    private static String dial(GaugeProgress p, double v, int round) {
        double step = Math.pow(10, -p.decimals());
        double n = v / step;
        double r = round > 0 ? Math.ceil(n - 1e-9) : round < 0 ? Math.floor(n + 1e-9) : Math.rint(n);
        return String.format(Locale.ROOT, "%." + p.decimals() + "f %s", r * step, p.unit());
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

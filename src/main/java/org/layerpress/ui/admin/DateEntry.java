package org.layerpress.ui.admin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.layerpress.ui.fx.Words;

/**
 * One date entered without a keyboard: a day back or forward by a big stepper, or the year, month or
 * day typed on the number pad. Until a value is given it is empty, and the first step or part starts
 * from {@code startFrom} (so nothing is signed that no one set). A part that makes no date (day 31 of
 * a 30-day month, month 13) is refused in words and the date stays as it was.
 */
public final class DateEntry {

    private final String caption;
    private final Supplier<LocalDate> startFrom;
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final StringBinding text;

    /** @param caption e.g. "Calibrated on"; {@code startFrom} the date the first step or typed part works on */
    DateEntry(String caption, Supplier<LocalDate> startFrom) {
        this.caption = Objects.requireNonNull(caption, "caption");
        this.startFrom = Objects.requireNonNull(startFrom, "startFrom");
        this.text = Bindings.createStringBinding(() -> caption + ": " + (value.get() == null ? Words.get("date.notSet") : Words.date(value.get())), value);
    }

    /** A day forward (+1) or back (−1). */
    public void step(int days) {
        value.set(current().plusDays(days));
    }

    /** The year from the pad; empty when it was taken, else why not. */
    public Optional<String> year(double typed) {
        return part(typed, Words.get("date.year"), (d, n) -> d.withYear(n));
    }

    public Optional<String> month(double typed) {
        return part(typed, Words.get("date.month"), (d, n) -> d.withMonth(n));
    }

    public Optional<String> day(double typed) {
        return part(typed, Words.get("date.day"), (d, n) -> d.withDayOfMonth(n));
    }

    private interface Part {
        LocalDate apply(LocalDate date, int n);
    }

    private Optional<String> part(double typed, String name, Part part) {
        LocalDate base = current();
        if (typed != Math.rint(typed) || typed < 1 || typed > 9999) {
            return Optional.of(caption + ": " + Words.format("date.whole", name, org.layerpress.ui.batch.StepWords.num(typed)));
        }
        try {
            value.set(part.apply(base, (int) typed));
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(caption + ": " + Words.format("date.noDate", name, String.valueOf((int) typed), Words.date(base)));
        }
    }

    private LocalDate current() {
        return value.get() == null ? startFrom.get() : value.get();
    }

    void clear() {
        value.set(null);
    }

    void set(LocalDate date) {
        value.set(date);
    }

    /** The date given, or empty while none is. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(value.get());
    }

    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    public StringBinding textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public String caption() {
        return caption;
    }
}

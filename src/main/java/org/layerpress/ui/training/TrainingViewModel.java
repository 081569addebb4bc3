package org.layerpress.ui.training;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.training.TrainingFault;
import org.layerpress.application.training.TrainingFault.Kind;
import org.layerpress.application.training.TrainingFaultsUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The Training section's logic: the faults this press offers, the amount chosen for those that take one (from
 * a few taps, never typed), the injection on the use-case worker and its outcome or refusal in words.
 */
public final class TrainingViewModel {

    /** What every training screen says at its top, so nobody takes the simulated press for the real one. */
    public static final String MARK = "TRAINING — simulated press";

    /** The amounts offered by tap for the faults that take one (the first default is the fault's own). */
    private static final Map<Kind, List<Double>> PRESETS = Map.of(
            Kind.LEAK_ON, List.of(0.2, 0.5, 1.0, 2.0, 5.0),
            Kind.SPIKE, List.of(5.0, 20.0, 50.0, 300.0),
            Kind.LINK_DROP, List.of(3.0, 5.0, 10.0, 20.0),
            Kind.PLC_FAULT, List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0));
    // The contract's fault codes in words (docs/plc-interface.md, section 5) are the bundle's training.code.1 … 6.

    private final TrainingFaultsUseCase training;
    private final Session session;
    private final UseCaseRunner runner;
    private final ObservableList<Kind> faults;
    private final Map<Kind, Double> amounts = new EnumMap<>(Kind.class);
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message",
            Message.info(Words.get("training.hint")));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Long> changes = new ReadOnlyObjectWrapper<>(this, "changes", 0L);

    public TrainingViewModel(TrainingFaultsUseCase training, Session session, UseCaseRunner runner) {
        this.training = Objects.requireNonNull(training, "training");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.faults = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(training.offered()));
        faults.stream().filter(Kind::hasAmount).forEach(k -> amounts.put(k, k.defaultAmount()));
    }

    /** Whether this person gets the section at all (a screen's question: the use case checks again on every tap). */
    public static boolean shown(TrainingFaultsUseCase training, Session session) {
        return training.whyNot(session).isEmpty();
    }

    public ObservableList<Kind> getFaults() {
        return faults;
    }

    /** The button's words: the fault with the amount chosen now, e.g. "Drop the PLC link (5 s)". */
    public String label(Kind kind) {
        String name = Words.get("training.fault." + kind.name());
        if (!kind.hasAmount()) {
            return name;
        }
        double amount = fault(kind).amount();
        return name + " (" + (kind == Kind.PLC_FAULT ? Words.format("training.code", number(amount)) : number(amount) + " " + kind.unit()) + ")";
    }

    /** The title of a fault's amount picker. */
    public String amountTitle(Kind kind) {
        return Words.format("training.howMuch", Words.get("training.fault." + kind.name()));
    }

    /** What the operator should see after it. */
    public String expect(Kind kind) {
        return Words.get("training.expect." + kind.name());
    }

    /** The amounts offered for a fault that takes one, in words ("0.5 kN/s", "3 — HMI heartbeat lost"). */
    public List<String> amountChoices(Kind kind) {
        return PRESETS.getOrDefault(kind, List.of()).stream().map(a -> amountWords(kind, a)).toList();
    }

    /** The chip's words for the amount chosen now, empty for a fault without one. */
    public String amountChip(Kind kind) {
        return kind.hasAmount() ? amountWords(kind, amounts.get(kind)) : "";
    }

    /** Takes the amount picked by tap (one of {@link #amountChoices}). */
    public void chooseAmount(Kind kind, String choice) {
        List<Double> presets = PRESETS.getOrDefault(kind, List.of());
        for (Double a : presets) {
            if (amountWords(kind, a).equals(choice)) {
                amounts.put(kind, a);
                changes.set(changes.get() + 1);
            }
        }
    }

    /** Injects the fault on the worker; the outcome, or the refusal, in the message line. */
    public void inject(Kind kind) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        TrainingFault fault = fault(kind);
        runner.run(() -> training.inject(session, fault), done -> {
            busy.set(false);
            message.set(Message.outcome(done));
        }, refused -> {
            busy.set(false);
            message.set(Message.warning(refused));
        });
    }

    private TrainingFault fault(Kind kind) {
        return new TrainingFault(kind, Optional.ofNullable(amounts.get(kind)).orElse(kind.defaultAmount()));
    }

    private static String amountWords(Kind kind, double amount) {
        if (kind == Kind.PLC_FAULT) {
            return Words.format("training.codeWords", number(amount), Words.get("training.code." + (long) amount));
        }
        return number(amount) + " " + kind.unit();
    }

    /** As the console writes it (no trailing ".0"), in the person's decimal mark. */
    private static String number(double amount) {
        return Words.decimals(amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount));
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Counts amount changes, so the view redraws its buttons' words. */
    public ReadOnlyObjectProperty<Long> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public String getMark() {
        return Words.get("training.mark");
    }
}

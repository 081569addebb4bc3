package org.layerpress.ui.batch;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.users.Witness;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.fx.Words;

/**
 * One layer: the weighed mass (number pad, mg, with the target and tolerance on the pad) and the powder
 * lot (scanned, typed on the lot pad, or already scanned by the SCAN step just before, then filled in
 * here), the mass checked against target ± tolerance as the operator enters it. Out of tolerance the operator either weighs
 * again or records the deviation with a reason; Confirm waits for one of the two.
 */
public final class LoadLayerViewModel extends StepModel {

    /** Typical reasons for a mass outside tolerance, to tap instead of typing. */
    public static final List<String> DEVIATION_REASONS = List.of(
            "Balance reading drifted", "Powder lost in transfer", "Last of the lot", "Supervisor instructed", "Trial: mass varied on purpose");

    private final RecipeStep.LoadLayer load;
    private final String lotFromScan;
    private OptionalDouble mass = OptionalDouble.empty();
    /** The stable reading Take weight brought, when the mass came from the balance. */
    private Optional<MassSource.Weighed> weighed = Optional.empty();
    /** On a station with a balance, why the mass is typed instead (a deviation); empty until given. */
    private String whyTyped = "";
    private final ReadOnlyStringWrapper massSource = new ReadOnlyStringWrapper(this, "massSource", "");
    private final ReadOnlyStringWrapper balanceNote = new ReadOnlyStringWrapper(this, "balanceNote", "");
    private final ReadOnlyStringWrapper massText = new ReadOnlyStringWrapper(this, "massText", Reading.NO_VALUE + " mg");
    private final ReadOnlyStringWrapper lot = new ReadOnlyStringWrapper(this, "lot", "");
    private final ReasonEntry deviation = new ReasonEntry(DEVIATION_REASONS);
    private final ReadOnlyBooleanWrapper outOfTolerance = new ReadOnlyBooleanWrapper(this, "outOfTolerance");
    private final ReadOnlyStringWrapper witness = new ReadOnlyStringWrapper(this, "witness", "");
    private String witnessLogin = "";
    private Pin witnessPin;
    private final ReadOnlyObjectWrapper<Indication> verdict = new ReadOnlyObjectWrapper<>(this, "verdict", notWeighed());

    public LoadLayerViewModel(StepRun step, BatchCalls calls) {
        this(step, calls, Optional.empty());
    }

    /** @param scannedLot the lot a SCAN step just scanned for this layer: filled in, and the operator may change it */
    public LoadLayerViewModel(StepRun step, BatchCalls calls, Optional<String> scannedLot) {
        super(step, calls);
        this.load = (RecipeStep.LoadLayer) step.step();
        this.lotFromScan = scannedLot.map(String::strip).filter(l -> !l.isEmpty()).orElse("");
        lot.set(lotFromScan);
        deviation.reasonProperty().addListener((obs, was, now) -> update());
    }

    /** The lot came from the scan step before and has not been changed here. */
    public boolean isLotFromScan() {
        return !lotFromScan.isEmpty() && lotFromScan.equals(lot.get());
    }

    public String getMaterial() {
        return load.material();
    }

    /** Target and tolerance for the mass pad: shown while typing. */
    public String getMassPadNote() {
        double t = load.target().milligrams();
        double tol = load.tolerance().milligrams();
        return Words.format("step.load.padNote", StepWords.num(t), StepWords.num(tol), StepWords.num(t - tol), StepWords.num(t + tol));
    }

    public String getToleranceText() {
        double t = load.target().milligrams();
        double tol = load.tolerance().milligrams();
        return Words.format("step.load.tolerance", load.material(), StepWords.num(t), StepWords.num(tol), StepWords.num(t - tol), StepWords.num(t + tol));
    }

    /** The recipe asks a second person to witness this weighing (their name and PIN go with Confirm). */
    public boolean isWitnessNeeded() {
        return load.secondPersonCheck();
    }

    /** The witness picked their name and entered their PIN; the sequencer checks both when Confirm is sent. */
    public void witnessedBy(User person, Pin pin) {
        witnessLogin = person.login();
        witnessPin = pin;
        witness.set(person.fullName());
        update();
    }

    /** The station's other active users, for the witness to pick their name. */
    public void witnessChoices(Consumer<List<User>> done) {
        calls.people(done);
    }

    public void enterMass(double milligrams) {
        mass = milligrams > 0 && Double.isFinite(milligrams) ? OptionalDouble.of(milligrams) : OptionalDouble.empty();
        weighed = Optional.empty();
        deviation.clear();
        update();
    }

    /** The station weighs on a balance: Tare and Take weight are shown, and a typed mass needs {@link #typeBecause}. */
    public boolean hasBalance() {
        return calls.balance().isPresent();
    }

    /** Tares the balance with the empty boat on it; says the tare weight it took. */
    public void tare() {
        calls.balanceCall(w -> w.tare(calls.session()),
                r -> balanceNote.set(Words.format("balance.tared", Words.decimals(EvidenceNumbers.exact(r.value())), r.unit())));
    }

    /** Takes the balance's stable reading as the mass; an unstable balance says "Not stable yet: wait" and takes nothing. */
    public void takeWeight() {
        calls.balanceCall(w -> w.takeWeight(calls.session()), reading -> {
            mass = OptionalDouble.of(reading.milligrams());
            weighed = Optional.of(reading);
            whyTyped = "";
            deviation.clear();
            balanceNote.set("");
            update();
        });
    }

    /** On a station with a balance, the reason a typed mass is typed (e.g. "balance offline"): it is recorded as a deviation. */
    public void typeBecause(String reason) {
        whyTyped = reason == null ? "" : reason.strip();
        update();
    }

    public void enterLot(String code) {
        lot.set(code == null ? "" : code.strip());
        update();
    }

    /** Out of tolerance, the first way on: forget the mass (and any reason) and weigh again. */
    public void weighAgain() {
        mass = OptionalDouble.empty();
        deviation.clear();
        update();
    }

    /**
     * Out of tolerance, the second way on: the deviation's reason, a preset and optional details, as
     * every screen that asks for a reason keeps it (the step page opens the reason picker on it).
     */
    public ReasonEntry deviation() {
        return deviation;
    }

    /** As choosing in the picker: a preset reason and optional details make the deviation's reason. */
    public void recordDeviation(String preset, String details) {
        deviation.pick(preset, details);
    }

    private static Indication notWeighed() {
        return Indication.normal(Words.get("step.load.notWeighed"), Glyph.PENDING);
    }

    private void update() {
        if (mass.isPresent()) {
            double m = mass.getAsDouble();
            massText.set(StepWords.num(m) + " mg");
            boolean out = !load.accepts(m);
            outOfTolerance.set(out);
            verdict.set(!out ? Indication.normal(Words.get("step.load.inTolerance"), Glyph.OK)
                    : !deviation.isGiven() ? Indication.warning(Words.get("step.load.outOfTolerance")) : Indication.warning(Words.get("step.load.deviationNoted")));
        } else {
            massText.set(Reading.NO_VALUE + " mg");
            outOfTolerance.set(false);
            verdict.set(notWeighed());
        }
        massSource.set(mass.isEmpty() || !hasBalance() ? "" : weighed.map(BalanceWords::source)
                .orElse(whyTyped.isEmpty() ? Words.get("balance.typedNoReason") : BalanceWords.source(new MassSource.TypedBalanceOffline(whyTyped))));
        boolean sourceKnown = !hasBalance() || weighed.isPresent() || !whyTyped.isEmpty();
        setReady(mass.isPresent() && sourceKnown && !lot.get().isEmpty() && (!outOfTolerance.get() || deviation.isGiven())
                && (!isWitnessNeeded() || witnessPin != null));
    }

    @Override
    protected void send() {
        double m = mass.getAsDouble();
        String l = lot.get();
        Optional<String> why = outOfTolerance.get() ? Optional.of(deviation.reason()) : Optional.empty();
        Optional<Witness> seenBy = isWitnessNeeded() && witnessPin != null ? Optional.of(Witness.byLogin(witnessLogin, witnessPin)) : Optional.empty();
        // A PIN is used once: if the sequencer refuses it, the witness enters it again.
        witnessPin = null;
        witness.set("");
        update();
        Optional<MassSource.Weighed> fromBalance = weighed;
        String typedBecause = whyTyped;
        if (fromBalance.isPresent()) {
            calls.call(s -> s.loadFromBalance(calls.session(), fromBalance.get(), l, why, seenBy));
        } else if (hasBalance()) {
            calls.call(s -> s.loadTypedWithoutBalance(calls.session(), m, typedBecause, l, why, seenBy));
        } else {
            calls.call(s -> s.loadLayer(calls.session(), m, l, why, seenBy));
        }
    }

    @Override
    public String getConfirmText() {
        return Words.get("step.confirm");
    }

    public OptionalDouble mass() {
        return mass;
    }

    public ReadOnlyStringProperty massTextProperty() {
        return massText.getReadOnlyProperty();
    }

    public String getMassText() {
        return massText.get();
    }

    /** Where the mass came from ("from balance BAL-1 (S/N …)", "typed (balance offline: …)"); empty on a station without a balance. */
    public ReadOnlyStringProperty massSourceProperty() {
        return massSource.getReadOnlyProperty();
    }

    public String getMassSource() {
        return massSource.get();
    }

    /** What the balance last said that is not a mass (the tare it took). */
    public ReadOnlyStringProperty balanceNoteProperty() {
        return balanceNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lotProperty() {
        return lot.getReadOnlyProperty();
    }

    public String getLot() {
        return lot.get();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return deviation.reasonProperty();
    }

    public String getReason() {
        return deviation.reason();
    }

    public ReadOnlyBooleanProperty outOfToleranceProperty() {
        return outOfTolerance.getReadOnlyProperty();
    }

    public boolean isOutOfTolerance() {
        return outOfTolerance.get();
    }

    public ReadOnlyStringProperty witnessProperty() {
        return witness.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Indication> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public Indication getVerdict() {
        return verdict.get();
    }
}

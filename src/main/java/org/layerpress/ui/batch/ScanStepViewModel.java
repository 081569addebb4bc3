package org.layerpress.ui.batch;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.fx.Words;

/**
 * A die id or powder lot, by scanner (a keyboard wedge) or typed on the lot pad (letters and digits).
 *
 * <p>The die was chosen at batch start; its scan step does not ask to choose again (no die tiles) but
 * to confirm, by its label, that the die in the press is the one the record names: the step says which
 * die it waits for, a code that is another die is said at once and not sent, and the sequencer
 * refuses it too. Typing the code is for a label the scanner cannot read; it is still read off the
 * die. Confirm is enabled once there is a code (for a die, the chosen one).
 */
public final class ScanStepViewModel extends StepModel {

    private final RecipeStep.ScanTarget target;
    private final String chosenDie;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** @param chosenDie the die chosen at the batch's start (the record's header) */
    public ScanStepViewModel(StepRun step, BatchCalls calls, String chosenDie) {
        super(step, calls);
        this.target = ((RecipeStep.Scan) step.step()).target();
        this.chosenDie = chosenDie;
        status.set(waiting());
    }

    private String waiting() {
        return isDieScan() ? Words.format("step.scan.dieChosen", chosenDie) : Words.get("step.scan.nothing");
    }

    public boolean isDieScan() {
        return target == RecipeStep.ScanTarget.DIE_ID;
    }

    /** The die chosen at start, which a die scan must match. */
    public String chosenDie() {
        return chosenDie;
    }

    /** What the pad for a typed code is titled. */
    public String padTitle() {
        return isDieScan() ? Words.format("step.scan.padDie", chosenDie) : Words.get("step.scan.padLot");
    }

    /** A scanned or keyed-in code. */
    public void enter(String value) {
        code.set(value == null ? "" : value.strip());
        String c = code.get();
        if (c.isEmpty()) {
            status.set(waiting());
            setReady(false);
        } else if (isDieScan() && !c.equals(chosenDie)) {
            status.set(BatchRefusedException.dieMismatchWords(c, chosenDie));
            setReady(false);
        } else {
            status.set(Words.format(isDieScan() ? "step.scan.scannedDie" : "step.scan.scanned", c));
            setReady(true);
        }
    }

    /** Another die than the chosen one was scanned: said in words, Confirm off. */
    public boolean isMismatch() {
        return isDieScan() && !code.get().isEmpty() && !code.get().equals(chosenDie);
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** What the step shows under its instruction: the die it waits for, what was scanned, or why that is not it. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public String getCode() {
        return code.get();
    }

    @Override
    protected void send() {
        String value = code.get();
        calls.call(s -> s.confirmScan(calls.session(), value));
    }
}

package org.layerpress.ui.batch;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * A die id or powder lot, by scanner (a keyboard wedge) or by tap: the bench's dies as tiles for a
 * die scan, the lot pad (letters and digits) for a lot. Confirm is enabled once there is a code; the sequencer checks
 * that a die code is the batch's die.
 */
public final class ScanStepViewModel extends StepModel {

    private final RecipeStep.ScanTarget target;
    private final List<String> dieIds;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");

    public ScanStepViewModel(StepRun step, BatchCalls calls, List<String> dieIds) {
        super(step, calls);
        this.target = ((RecipeStep.Scan) step.step()).target();
        this.dieIds = List.copyOf(dieIds);
    }

    public boolean isDieScan() {
        return target == RecipeStep.ScanTarget.DIE_ID;
    }

    /** Tiles to tap instead of scanning (die scans only). */
    public List<String> dieIds() {
        return isDieScan() ? dieIds : List.of();
    }

    /** A scanned, tapped or keyed-in code. */
    public void enter(String value) {
        code.set(value == null ? "" : value.strip());
        setReady(!code.get().isEmpty());
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
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

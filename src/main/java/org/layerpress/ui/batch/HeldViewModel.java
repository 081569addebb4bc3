package org.layerpress.ui.batch;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.Decision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.Words;

/**
 * A HELD batch (link lost, door opened, e-stop, PLC fault, bad data during a press) or an
 * INTERRUPTED one taken up after a restart: why, in words, and the operator's decision: repeat the
 * step, continue, or abort with a reason. Resuming waits for the link, the interlocks and a latched
 * PLC fault's reset (RELEASE never clears one): "Reset PLC fault" is offered here, hold-to-confirm, to
 * whom may reset it ({@link PlcFaultResetModel}).
 */
public final class HeldViewModel {

    /** Typical abort reasons, to tap instead of typing. */
    public static final List<String> ABORT_REASONS = List.of(
            "Pellet damaged", "Powder contaminated", "Die problem", "Press fault", "Wrong material loaded", "Batch no longer needed");

    private final BatchRun run;
    private final BatchCalls calls;
    private final ReadOnlyObjectWrapper<Message> blocked = new ReadOnlyObjectWrapper<>(this, "blocked", Message.NONE);
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable");
    private final PlcFaultResetModel faultReset;

    public HeldViewModel(BatchRun run, BatchCalls calls) {
        this(run, calls, new PlcFaultResetModel(calls));
    }

    /**
     * @param faultReset the reset model of the page this one replaces, for the same held batch: the reset itself
     *                   writes a batch event, whose snapshot rebuilds this page, and its outcome must outlive that
     */
    HeldViewModel(BatchRun run, BatchCalls calls, PlcFaultResetModel faultReset) {
        this.run = run;
        this.calls = calls;
        this.faultReset = faultReset;
    }

    /** The same batch, still held: its page is rebuilt from a newer snapshot and keeps the reset's outcome. */
    HeldViewModel next(BatchRun newer) {
        return newer.batchId().equals(run.batchId()) ? new HeldViewModel(newer, calls, faultReset) : new HeldViewModel(newer, calls);
    }

    /** "Reset PLC fault" while one is latched. */
    public PlcFaultResetModel getFaultReset() {
        return faultReset;
    }

    public String getHeading() {
        return Words.get(run.state() == BatchState.INTERRUPTED ? "held.heading.INTERRUPTED" : "held.heading.HELD");
    }

    /** HELD or INTERRUPTED: abnormal, so amber, with the warning glyph and the word. */
    public org.layerpress.ui.controls.Indication getIndication() {
        return org.layerpress.ui.controls.Indication.warning(Words.get("end.state." + run.state().name()));
    }

    /** Why, in the person's language around the cause and reason as recorded (those stay as written: evidence). */
    public String getCause() {
        if (run.state() == BatchState.INTERRUPTED) {
            return Words.get("held.interrupted");
        }
        String cause = run.holdCause().isEmpty() ? Words.get("held.noCause") : sentence(run.holdCause());
        return run.holdReason().isEmpty() ? cause : Words.format("held.causeReason", cause, sentence(run.holdReason()));
    }

    public String getStepText() {
        return run.currentStep().map(s -> Words.format("run.stepOf", String.valueOf(s.number()), String.valueOf(run.steps().size()), s.step().title()))
                .orElse(Words.get("held.allDone"));
    }

    public String getDecisionHelp() {
        return Words.get("held.decisionHelp");
    }

    public void refresh(LiveInputs live) {
        List<String> b = live.resumeBlockers();
        blocked.set(b.isEmpty() ? Message.NONE : Message.warning(Words.format("held.blocked", String.join(", ", b))));
        resumable.set(b.isEmpty());
        faultReset.refresh(live.fault());
    }

    public void repeatStep() {
        resume(Decision.REPEAT_STEP, "");
    }

    /** Goes on with the reason the operator tapped (the record keeps it beside the hold's cause). */
    public void continueOn(String reason) {
        resume(Decision.CONTINUE, reason);
    }

    private void resume(Decision d, String reason) {
        if (resumable.get()) {
            calls.call(s -> s.resume(calls.session(), d, reason));
        }
    }

    public void abort(String reason) {
        calls.call(s -> s.abort(calls.session(), reason));
    }

    public BooleanBinding canResumeProperty() {
        return resumable.and(calls.busyProperty().not());
    }

    public ReadOnlyObjectProperty<Message> blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public Message getBlocked() {
        return blocked.get();
    }

    private static String sentence(String s) {
        String t = s.strip();
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}

package org.layerpress.ui.batch;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.Words;

/**
 * "Reset PLC fault" on a screen: offered only while a fault is latched, enabled only for whom the use
 * case allows (it is asked, {@code whyNot}), otherwise the reason in words beside the disabled button.
 * The reset runs off the FX thread through {@link BatchCalls}; its outcome shows here, a refusal on the
 * Run screen's notice line. FX thread only; fed by the screen's refresh.
 */
public final class PlcFaultResetModel {


    private final BatchCalls calls;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper(this, "allowed");
    private final ReadOnlyObjectWrapper<Message> help = new ReadOnlyObjectWrapper<>(this, "help", Message.NONE);
    private final ReadOnlyObjectWrapper<Message> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Message.NONE);
    private String fault = "";

    public PlcFaultResetModel(BatchCalls calls) {
        this.calls = calls;
    }

    /** @param faultWords the latched fault in words, empty when none */
    public void refresh(String faultWords) {
        boolean latched = !faultWords.isEmpty();
        offered.set(latched);
        Optional<String> why = latched ? calls.faultReset().whyNot(calls.session()) : Optional.empty();
        allowed.set(latched && why.isEmpty());
        Message m = !latched ? Message.NONE : why.isEmpty() ? Message.info(Words.get("held.resetHow")) : Message.info(sentence(why.get()) + ".");
        if (!m.equals(help.get())) {
            help.set(m);
        }
        if (latched && !faultWords.equals(fault)) {
            outcome.set(Message.NONE); // a new fault: the last reset's outcome is history
        }
        fault = faultWords;
    }

    /** After the operator's hold-to-confirm: the reset, off the FX thread; the outcome in words. */
    public void reset() {
        if (allowed.get()) {
            calls.query(s -> s.faultReset().reset(calls.session()), words -> outcome.set(Message.outcome(sentence(words) + ".")));
        }
    }

    /** What the last reset did ("PLC fault 4: …: reset."); a refusal goes to the Run screen's notice line. */
    public ReadOnlyObjectProperty<Message> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Message getOutcome() {
        return outcome.get();
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public boolean isOffered() {
        return offered.get();
    }

    public boolean isAllowed() {
        return allowed.get();
    }

    /** The button may be held: allowed and no call running. */
    public BooleanBinding canResetProperty() {
        return allowed.and(calls.busyProperty().not());
    }

    public ReadOnlyObjectProperty<Message> helpProperty() {
        return help.getReadOnlyProperty();
    }

    public Message getHelp() {
        return help.get();
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}

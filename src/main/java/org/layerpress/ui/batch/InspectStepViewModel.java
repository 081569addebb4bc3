package org.layerpress.ui.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.recipe.RecipeStep;

/** Pass or fail for every question; Confirm waits for all answers (any fail asks why, then ends the step as a deviation). */
public final class InspectStepViewModel extends StepModel {

    private final List<String> questions;
    private final ObservableMap<String, Boolean> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private String failReason = "";

    public InspectStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        this.questions = ((RecipeStep.Inspect) step.step()).questions();
        setReady(questions.isEmpty());
    }

    public List<String> questions() {
        return questions;
    }

    public void answer(String question, boolean pass) {
        if (questions.contains(question)) {
            answers.put(question, pass);
            setReady(answers.keySet().containsAll(questions));
        }
    }

    public ObservableMap<String, Boolean> answers() {
        return answers;
    }

    /** True when an answer is "not OK": Confirm then asks for a reason first ({@link #confirmFailed}). */
    public boolean anyFailed() {
        return answers.containsValue(Boolean.FALSE);
    }

    /** Confirms a failed inspection with the reason the operator tapped. */
    public void confirmFailed(String reason) {
        failReason = reason;
        confirm();
    }

    @Override
    protected void send() {
        Map<String, Boolean> given = Map.copyOf(answers);
        String why = anyFailed() ? failReason : "";
        calls.call(s -> s.inspect(calls.session(), given, why));
    }
}

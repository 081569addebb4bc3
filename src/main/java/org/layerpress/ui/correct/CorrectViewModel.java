package org.layerpress.ui.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.review.RecordedValues;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The correction flow without a stage: the amendable batches, one batch opened with its recorded
 * values by step, and the signed amendment of one of them. Every refusal of the use cases is shown
 * in their words on the message line (or in the signature dialog, which then stays open).
 */
public final class CorrectViewModel {

    /** One value of the opened batch that can be tapped: where it was recorded, as recorded, and its amendments. */
    public record Value(int step, String field, String original, List<Amendment> amendments) {

        /** The value it stands at now: the newest amendment's, else the recorded one. */
        public String current() {
            return amendments.isEmpty() ? original : amendments.get(amendments.size() - 1).correctedValue();
        }
    }

    private final ReviewServices review;
    private final BatchListUseCase list;
    private final Session session;
    private final ScreenCalls calls;
    private final ObservableList<BatchListRow> batches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BatchRecord> record = new ReadOnlyObjectWrapper<>(this, "record");

    public CorrectViewModel(ReviewServices review, BatchListUseCase list, Session session, UseCaseRunner runner) {
        this.review = review;
        this.list = list;
        this.session = session;
        this.calls = new ScreenCalls(runner);
    }

    /** Reads the person's amendable batches again and shows the list. */
    public void loadBatches() {
        record.set(null);
        calls.call(() -> list.amendableBy(session), rows -> {
            batches.setAll(rows);
            calls.say(rows.isEmpty() ? Message.info(Words.get("correct.none")) : Message.info(Words.get("correct.pickBatch")));
        });
    }

    /** Opens one batch to correct (refused in words if it has meanwhile been signed off). */
    public void open(String batchId) {
        calls.change(() -> review.records().openToCorrect(session, batchId), opened -> {
            record.set(opened);
            calls.say(Message.info(Words.format("correct.batchTitle", batchId)));
        });
    }

    /** The opened batch's values by step (0: the header), in the record's order. */
    public Map<Integer, List<Value>> values() {
        BatchRecord r = record.get();
        Map<Integer, List<Value>> out = new java.util.LinkedHashMap<>();
        if (r == null) {
            return out;
        }
        for (int step = 0; step <= r.run().steps().size(); step++) {
            List<Value> values = new ArrayList<>();
            for (Map.Entry<String, String> v : RecordedValues.of(r, step).entrySet()) {
                int s = step;
                List<Amendment> amended = r.amendments().stream().filter(a -> a.step() == s && a.field().equals(v.getKey())).toList();
                values.add(new Value(step, v.getKey(), v.getValue(), amended));
            }
            if (!values.isEmpty()) {
                out.put(step, values);
            }
        }
        return out;
    }

    /**
     * Signs the amendment (the reason is the signature dialog's comment); on success the batch is read
     * again so the page shows the amendment beside the original. FX thread callbacks.
     */
    public void amend(Value value, String corrected, SignatureInput signature, Runnable onSigned, Consumer<String> onRefused) {
        String batchId = record.get().batchId();
        calls.call(() -> {
            review.amendments().amend(session, batchId, value.step(), value.field(), corrected, signature.comment(), signature);
            return review.records().openToCorrect(session, batchId);
        }, reread -> {
            onSigned.run();
            record.set(reread);
            calls.say(Message.info(Words.format("correct.signed", value.field(), corrected)));
        }, onRefused);
    }

    public Session session() {
        return session;
    }

    public ObservableList<BatchListRow> batches() {
        return batches;
    }

    public ReadOnlyObjectProperty<BatchRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public BatchRecord getRecord() {
        return record.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }
}

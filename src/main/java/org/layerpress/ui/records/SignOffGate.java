package org.layerpress.ui.records;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.BatchActors;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * Why Approve/Reject are off, in words, before anyone types a PIN. The sign-off use case checks the
 * same again; this only spares a refused signature.
 */
public final class SignOffGate {

    /** Events by the HMI itself carry this actor; the person who confirmed is the event's actor otherwise. */
    static final String STATION = "station";

    private SignOffGate() {
    }

    /** Empty when this user may sign the record off now. */
    public static Optional<String> blocker(BatchRecord record, List<BatchEvent> events, User user) {
        if (record.review().isPresent()) {
            return Optional.of("Signed off already; the record is locked.");
        }
        if (!record.run().state().finished()) {
            return Optional.of("The batch has not ended (" + RecordWords.stateWord(record.run().state()).toLowerCase(java.util.Locale.ROOT)
                    + "): sign-off waits until it is complete or aborted.");
        }
        if (!user.has(Permission.REVIEW_BATCH)) {
            return Optional.of("Only QA signs batch records off.");
        }
        if (operated(record, events, user.login())) {
            return Optional.of("You operated this batch: another QA reviewer signs it off.");
        }
        return Optional.empty();
    }

    /** Started it, confirmed, valued, witnessed or acknowledged anything in it, or amended it (as the use case checks). */
    static boolean operated(BatchRecord record, List<BatchEvent> events, String login) {
        return BatchActors.of(record).contains(login);
    }
}

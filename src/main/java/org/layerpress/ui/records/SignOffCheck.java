package org.layerpress.ui.records;

import java.util.Optional;
import org.layerpress.application.review.BatchRecord;

/**
 * Asks the sign-off use case, for the session, why Approve/Reject are off for a record, in words,
 * before anyone types a PIN (empty: they are on). The screen repeats no rule of its own.
 */
@FunctionalInterface
public interface SignOffCheck {

    Optional<String> whyNot(BatchRecord record);

    /**
     * A note while Approve and Reject are on (a QA workstation: the station refused the sign-off sent before); empty
     * for none.
     */
    default Optional<Note> note(BatchRecord record) {
        return Optional.empty();
    }

    /**
     * @param line  short, beside Approve and Reject where "waiting" stood ("⚠ press-a refused the approval by quinn")
     * @param words the whole of it, the station's own words included, for the QA signature panel
     */
    record Note(String line, String words) {
    }
}

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
}

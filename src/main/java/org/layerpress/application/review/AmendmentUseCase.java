package org.layerpress.application.review;

import java.util.Map;
import java.util.Objects;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.users.Session;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputRefusedException;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * A signed correction of one recorded value of a finished batch (a correction is a new, signed
 * amendment: docs/architecture.md#the-process-model-isa-88-in-small). The original event never changes; the amendment is shown beside it. Made by
 * the people who record batches (Operator role); QA reviews it with the rest and cannot also sign
 * off a batch they amended. Signed with meaning {@link SignatureMeaning#CORRECTED}.
 */
public final class AmendmentUseCase {

    private final RecordSigning signing;

    public AmendmentUseCase(RecordSigning signing) {
        this.signing = signing;
    }

    /**
     * @param step 1-based step, or 0 for the batch header (die id, press…)
     * @param field a key recorded for that step, e.g. {@code lot} or {@code mass.mg}
     * @param reason why the recorded value is wrong; becomes the signature's comment
     * @param signature PIN (and identity on the session's first signing); its comment is not used
     * @throws ReviewRefusedException batch not finished, signed off (locked), not matching its seal, no reason, unknown field, no change
     */
    public Amendment amend(Session session, String batchId, int step, String field, String correctedValue, String reason,
                           SignatureInput signature) {
        User user = signing.authorizer().require(session, Permission.RUN_BATCH, "amending a batch record");
        Objects.requireNonNull(field, "field");
        String why = refusedAsReview(InputLimits.REASON, reason);
        String corrected = refusedAsReview(InputLimits.CORRECTED_VALUE, correctedValue);
        BatchRecord record = signing.reader().existing(batchId);
        String original = requireAmendable(record, step, field, corrected, why);
        String content = canonical(record, step, field, original, corrected, why);
        SignCommand command = new SignCommand(new SignableRecord(ReviewAudit.ENTITY_AMENDMENT, batchId, content), SignatureMeaning.CORRECTED,
                why, Permission.RUN_BATCH, signature.identity(), signature.pin());
        Amendment[] stored = new Amendment[1];
        signing.signatures().sign(session, command, s -> {
            // Re-checked in the signing transaction: the record may have been signed off or amended meanwhile.
            BatchRecord now = signing.reader().existing(batchId);
            requireAmendable(now, step, field, corrected, why);
            RecordSigning.requireUnchanged(now, BatchRecordContent.hash(record), "the amendment");
            stored[0] = signing.reviews().appendAmendment(new Amendment(0, batchId, step, field, original, corrected, why, s));
            signing.auditor().record(user, ReviewAudit.AMENDED, ReviewAudit.ENTITY_BATCH, batchId, where(step, field) + " = " + original,
                    where(step, field) + " = " + corrected + " — " + s.manifestation(), why);
        });
        return stored[0];
    }

    /**
     * What an amendment's signature binds to: the SHA-256 of the record it corrects (as it stood
     * before) and the correction itself.
     */
    static String canonical(BatchRecord record, int step, String field, String original, String corrected, String reason) {
        return "LayerPress batch amendment v1\n"
                + "batch " + BatchRecordContent.json(record.batchId()) + "\n"
                + "record sha256=" + BatchRecordContent.hash(record) + "\n"
                + "step=" + step + " field=" + BatchRecordContent.json(field) + "\n"
                + "original=" + BatchRecordContent.json(original) + "\n"
                + "corrected=" + BatchRecordContent.json(corrected) + "\n"
                + "reason=" + BatchRecordContent.json(reason) + "\n";
    }

    /** A text within its limit, or the refusal in the words of a review refusal; checked before anything is read or written. */
    private static String refusedAsReview(InputLimits.TextLimit limit, String value) {
        try {
            return limit.accept(value);
        } catch (InputRefusedException e) {
            throw new ReviewRefusedException(e.getMessage());
        }
    }

    private static String requireAmendable(BatchRecord record, int step, String field, String corrected, String reason) {
        String id = record.batchId();
        QaSignOffUseCase.requireSealed(record, "amended");
        if (!record.run().state().finished()) {
            throw new ReviewRefusedException(id + " is " + record.run().state() + ": only a COMPLETE or ABORTED batch is amended "
                    + "(a running batch records corrections as it goes)");
        }
        if (record.locked()) {
            throw new ReviewRefusedException(id + " is signed off and locked (" + record.review().get().signature().manifestation()
                    + "); it cannot be amended");
        }
        if (reason.isEmpty()) {
            throw new ReviewRefusedException("an amendment needs a reason");
        }
        Map<String, String> values = RecordedValues.of(record, step);
        String original = values.get(field);
        if (original == null) {
            String where = step == 0 ? "the batch header" : step < 1 || step > record.run().steps().size()
                    ? "step " + step + " (the recipe has " + record.run().steps().size() + " steps)" : "step " + step;
            throw new ReviewRefusedException("'" + field + "' is not a value recorded in " + where + "; recorded there: "
                    + String.join(", ", values.keySet()));
        }
        if (corrected.isEmpty()) {
            throw new ReviewRefusedException("the corrected value of " + where(step, field) + " is empty");
        }
        if (corrected.equals(RecordedValues.current(record, step, field).orElse(original))) {
            throw new ReviewRefusedException(where(step, field) + " already is '" + corrected + "'; nothing to amend");
        }
        return original;
    }

    private static String where(int step, String field) {
        return (step == 0 ? "header" : "step " + step) + " " + field;
    }
}

package org.layerpress.application.review;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * QA signs a finished batch record off as Approved or Rejected (Annex 11 §15: who released the
 * batch). The e-signature binds to the record's canonical content ({@link BatchRecordContent});
 * signature, review row, list decision and audit row commit in one transaction; after it the record
 * is locked (no amendments). Nobody who had a hand in the batch may sign it ({@link BatchActors}).
 */
public final class QaSignOffUseCase {

    private final RecordSigning signing;

    public QaSignOffUseCase(RecordSigning signing) {
        this.signing = signing;
    }

    /**
     * @param signature PIN (and identity on the session's first signing); its comment is the
     *                  signer's comment, required for a rejection (the reason)
     * @return the record as now stored: locked, with its review
     * @throws AccessDeniedException without the QA role, for someone who operated or amended the batch, or a refused PIN
     * @throws ReviewRefusedException for a batch not COMPLETE or ABORTED, one already signed off, or one whose rows do not
     *                                 match its seal
     * @throws NoSuchBatchException for an unknown id
     */
    public BatchRecord signOff(Session session, String batchId, QaDecision decision, SignatureInput signature) {
        User qa = signing.authorizer().require(session, Permission.REVIEW_BATCH, "signing off a batch record");
        BatchRecord record = signing.reader().existing(batchId);
        requireSignable(record, qa);
        if (decision == QaDecision.REJECTED && signature.comment().isBlank()) {
            throw new ReviewRefusedException("a rejection needs a reason: write it as the signature's comment");
        }
        String content = BatchRecordContent.canonical(record);
        SignCommand command = new SignCommand(new SignableRecord(ReviewAudit.ENTITY_BATCH, batchId, content), decision.meaning(),
                signature.comment(), Permission.REVIEW_BATCH, signature.identity(), signature.pin());
        signing.signatures().sign(session, command, s -> {
            // Re-read inside the signing transaction: the record may have been amended or have had a late event meanwhile.
            BatchRecord now = signing.reader().existing(batchId);
            RecordSigning.requireUnchanged(now, s.contentHash(), "it");
            requireSignable(now, qa);
            signing.reviews().appendReview(new BatchReview(batchId, decision, s));
            signing.auditor().record(qa, ReviewAudit.SIGNED_OFF, ReviewAudit.ENTITY_BATCH, batchId, "", decision.name() + " — " + s.manifestation()
                    + " [sha256 " + s.contentHash() + "]", signature.comment());
        });
        return signing.reader().existing(batchId);
    }

    /**
     * Why this session may not sign this record off now, in words for the screen; empty when it may.
     * Asked before anyone types a PIN; {@link #signOff} makes the same checks again. A query: nothing
     * is audited, and the session's roles are those it logged in with.
     */
    public Optional<String> whyNotSignable(Session session, BatchRecord record) {
        return session == null ? Optional.of("Log in first.") : whyNotSignable(session.user(), record);
    }

    /** As {@link #whyNotSignable(Session, BatchRecord)}, for a user: the sign-off rules in words. */
    public static Optional<String> whyNotSignable(User signer, BatchRecord record) {
        if (!record.matchesSeal()) {
            return record.sealWarning();
        }
        if (record.review().isPresent()) {
            return Optional.of("Signed off already; the record is locked.");
        }
        if (!record.run().state().finished()) {
            return Optional.of("The batch has not ended (" + record.run().state().name().toLowerCase(Locale.ROOT)
                    + "): sign-off waits until it is complete or aborted.");
        }
        if (!signer.has(Permission.REVIEW_BATCH)) {
            return Optional.of("Only QA signs batch records off.");
        }
        if (signer.login().equals(record.run().operator())) {
            return Optional.of("You operated this batch: another QA reviewer signs it off.");
        }
        if (BatchActors.of(record).contains(signer.login())) {
            return Optional.of("You had a hand in this batch (a confirmation, a witnessed weighing, an alarm acknowledgement or an amendment): "
                    + "another QA reviewer signs it off.");
        }
        return Optional.empty();
    }

    /**
     * Refuses a record whose rows were changed after it was sealed: a signature now would bind to the
     * changed rows, and the next seal would vouch for them.
     */
    static void requireSealed(BatchRecord record, String what) {
        if (!record.matchesSeal()) {
            throw new ReviewRefusedException(record.batchId() + " cannot be " + what + ": " + record.sealWarning().orElseThrow());
        }
    }

    /** Whether this signature still matches the record as stored now (false once anything covered changed). */
    public static boolean signatureBinds(Signature s, BatchRecord record) {
        return SignRecordUseCase.stillBinds(s, new SignableRecord(ReviewAudit.ENTITY_BATCH, record.batchId(), BatchRecordContent.canonical(record)));
    }

    private static void requireSignable(BatchRecord record, User qa) {
        requireSealed(record, "signed off");
        if (!record.run().state().finished()) {
            throw new ReviewRefusedException(record.batchId() + " is " + record.run().state()
                    + ": only a COMPLETE or ABORTED batch can be signed off");
        }
        if (record.review().isPresent()) {
            throw new ReviewRefusedException(record.batchId() + " is already signed off: " + record.review().get().signature().manifestation());
        }
        Set<String> actors = BatchActors.of(record);
        if (actors.contains(qa.login())) {
            throw new AccessDeniedException("QA cannot sign a batch they operated: " + qa.login() + " ran or amended " + record.batchId()
                    + "; another QA reviewer must sign it off");
        }
    }
}

package org.layerpress.application.review;

import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;

/**
 * What signing something about a finished batch record needs (a QA sign-off, an amendment): the
 * record read again inside the signing transaction, the review store, the signature use case, the
 * role check and the audit trail.
 */
public record RecordSigning(BatchRecordReader reader, ReviewStore reviews, SignRecordUseCase signatures, Authorizer authorizer,
                            Auditor auditor) {

    /**
     * Refuses a record whose content is no longer what the signer saw ({@code seenHash}): a late
     * event, an amendment or a sign-off since it was read would mean the signature covers something
     * the signer did not see.
     *
     * @param what what was being signed, for the refusal ("it", "the amendment")
     */
    static void requireUnchanged(BatchRecord now, String seenHash, String what) {
        if (!BatchRecordContent.hash(now).equals(seenHash)) {
            throw new ReviewRefusedException(now.batchId() + " changed while " + what + " was being signed; open it again");
        }
    }
}

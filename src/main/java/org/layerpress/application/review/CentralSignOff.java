package org.layerpress.application.review;

import java.time.Instant;
import java.util.Objects;
import org.layerpress.domain.signature.Signature;

/**
 * A batch signed off on a QA workstation, as the central database carries it to the station that recorded
 * the batch (docs/central.md): which record (station, batch id and the content hash the reviewer saw), the
 * decision, and the signer as the workstation knew them.
 *
 * @param id          the central row's number (0 before it is written); a station deals with each once
 * @param workstation the id of the QA workstation it was signed on
 */
public record CentralSignOff(long id, String station, String batchId, String contentHash, QaDecision decision, String login,
                             String printedName, Instant signedAt, String comment, String workstation) {

    public CentralSignOff {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(signedAt, "signedAt");
        comment = comment == null ? "" : comment;
    }

    /**
     * The signature the station stores for it: bound to the station's batch id and to the hash signed, with no
     * user id of the station's (the signer has no account there).
     */
    public Signature signature() {
        return new Signature(0, 0, login, printedName, signedAt, decision.meaning(), comment, ReviewAudit.ENTITY_BATCH, batchId, contentHash);
    }

    /** Who decided what and when, as every signature shows it (21 CFR 11.50). */
    public String manifestation() {
        return signature().manifestation();
    }
}

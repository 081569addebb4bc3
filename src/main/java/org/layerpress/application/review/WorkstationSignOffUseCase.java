package org.layerpress.application.review;

import java.util.Optional;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * QA signs a batch off on a QA workstation that reads the central copy (docs/central.md). The rules are the
 * station's ({@link QaSignOffUseCase#whyNotSignable(User, BatchRecord)}: ended, not yet signed off, not by
 * anyone who had a hand in the batch, a reason for a rejection); the e-signature is the workstation's own
 * (its people, their PIN, its audit trail) and binds to the record's content as read from central. The
 * sign-off is then written centrally for the station, which checks it against its own record and takes it as
 * its review or refuses it ({@link CentralSignOffImport}): until then it is "sent, waiting for the station".
 */
public final class WorkstationSignOffUseCase {

    private final CentralRecords records;
    private final RemoteSignOffs central;
    private final SignRecordUseCase signatures;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final String workstation;

    /** @param workstation this workstation's id, named in every sign-off it sends */
    public WorkstationSignOffUseCase(CentralRecords records, RemoteSignOffs central, SignRecordUseCase signatures, Authorizer authorizer,
                                     Auditor auditor, String workstation) {
        this.records = records;
        this.central = central;
        this.signatures = signatures;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.workstation = workstation;
    }

    /**
     * Signs and sends. The record is read from central again, and its content then is what the signature binds
     * to and the station compares with its own.
     *
     * @throws AccessDeniedException   without the QA role, for someone who had a hand in the batch, or a refused PIN
     * @throws ReviewRefusedException  for a record not ended, signed off, already sent and waiting, or a rejection without a reason
     * @throws NoSuchBatchException    when central holds no such batch
     * @throws RuntimeException        when the central database cannot be reached (nothing is signed then)
     */
    public CentralSignOff signOff(Session session, String station, String batchId, QaDecision decision, SignatureInput signature) {
        User qa = authorizer.require(session, Permission.REVIEW_BATCH, "signing off a batch record");
        BatchRecord record = records.read(station, batchId).orElseThrow(() -> new NoSuchBatchException(station + "/" + batchId));
        if (BatchActors.of(record).contains(qa.login())) {
            throw new AccessDeniedException("QA cannot sign a batch they had a hand in: " + qa.login() + " ran, witnessed or amended "
                    + batchId + "; another QA reviewer must sign it off");
        }
        Optional<String> why = whyNot(qa, station, record);
        if (why.isPresent()) {
            throw new ReviewRefusedException(why.get());
        }
        if (decision == QaDecision.REJECTED && signature.comment().isBlank()) {
            throw new ReviewRefusedException("a rejection needs a reason: write it as the signature's comment");
        }
        String key = station + "/" + batchId;
        SignCommand command = new SignCommand(new SignableRecord(ReviewAudit.ENTITY_BATCH, key, BatchRecordContent.canonical(record)),
                decision.meaning(), signature.comment(), Permission.REVIEW_BATCH, signature.identity(), signature.pin());
        CentralSignOff[] sent = new CentralSignOff[1];
        // Written centrally inside the workstation's signing transaction: a central database that cannot be
        // reached rolls the signature back, so nothing is signed that was not sent.
        signatures.sign(session, command, s -> {
            sent[0] = central.send(new CentralSignOff(0, station, batchId, s.contentHash(), decision, s.login(), s.printedName(),
                    s.signedAt(), s.comment(), workstation));
            auditor.record(qa, ReviewAudit.SIGNOFF_SENT, ReviewAudit.ENTITY_BATCH, key, "", decision.name() + " — " + s.manifestation()
                    + " [sha256 " + s.contentHash() + "] — central sign-off " + sent[0].id() + ", waiting for the station", s.comment());
        });
        return sent[0];
    }

    /**
     * Why this session may not sign this record now, in words; empty when it may. The station's rules first,
     * then a sign-off of this very content already sent and not refused: "sent, waiting for the station".
     * Reads the central database: call it off the FX thread.
     */
    public Optional<String> whyNot(Session session, String station, BatchRecord record) {
        return session == null ? Optional.of("Log in first.") : whyNot(session.user(), station, record);
    }

    private Optional<String> whyNot(User signer, String station, BatchRecord record) {
        Optional<String> rule = QaSignOffUseCase.whyNotSignable(signer, record);
        if (rule.isPresent()) {
            return rule;
        }
        return waiting(station, record).map(s -> "Sign-off sent, waiting for the station " + station + ": " + s.manifestation());
    }

    /**
     * The station's refusal of the newest sign-off sent for this record, in the station's own words, while the record
     * is not signed off: the sign-off and why it was refused. The station audits a refusal naming the central
     * sign-off's number (unique in the central database) on the batch's row, and its audit trail is forwarded; so the
     * refusal is read from the central audit rows of that station alone. Reads the central database: off the FX thread.
     */
    public Optional<Refused> refusal(String station, BatchRecord record) {
        if (record.review().isPresent()) {
            return Optional.empty();
        }
        return central.newest(station, record.batchId()).flatMap(s -> central.refusal(s).map(why -> new Refused(s, why)));
    }

    /** A sign-off the station refused, and the station's reason in its words. */
    public record Refused(CentralSignOff signOff, String why) {
    }

    /**
     * The sign-off sent for exactly this content that the station has neither taken nor refused yet. One sent
     * for older content is not waiting any more: the station refuses it, since its record changed since.
     */
    public Optional<CentralSignOff> waiting(String station, BatchRecord record) {
        if (record.review().isPresent()) {
            return Optional.empty();
        }
        return central.newest(station, record.batchId())
                .filter(s -> s.contentHash().equals(record.contentHash()))
                .filter(s -> central.refusal(s).isEmpty());
    }
}

package org.layerpress.application.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.signature.SignatureStore;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Clocks;
import org.layerpress.domain.signature.Signature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the sign-offs that QA workstations wrote centrally for this station's batches (docs/central.md). A
 * sign-off becomes the batch's review only when the batch is here, has ended, is not signed off yet, matches
 * its seal, its content hash now is the hash the reviewer signed (a record changed after QA saw it is never
 * signed by that review), and the signer had no hand in the batch; a rejection carries its reason. The review,
 * its signature (naming the workstation's signer, with no user id of this station's) and the audit row commit
 * together, and the batch is sealed as after any review. Anything else is refused in words and audited once.
 * The station is the actor: the person signed on the workstation, with that workstation's PIN check.
 */
public final class CentralSignOffImport {

    private static final Logger LOG = LoggerFactory.getLogger(CentralSignOffImport.class);

    private final BatchRecordReader reader;
    private final ReviewStore reviews;
    private final SignatureStore signatures;
    private final SignOffLedger ledger;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;

    public CentralSignOffImport(BatchRecordReader reader, ReviewStore reviews, SignatureStore signatures, SignOffLedger ledger, Auditor auditor,
                                Transactions tx, Clock clock) {
        this.reader = reader;
        this.reviews = reviews;
        this.signatures = signatures;
        this.ledger = ledger;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
    }

    /** What one pass did: the batches signed off now, and each refusal in words. */
    public record Outcome(List<String> signedOff, List<String> refusals) {
    }

    /**
     * Deals with each sign-off of {@code fromCentral} not dealt with before, oldest first.
     *
     * @param central the identity of the central database they were read from ("" for one without), whose numbers they are
     */
    public synchronized Outcome receive(String central, List<CentralSignOff> fromCentral) {
        tx.inTransaction(() -> {
            ledger.claimUnmarked(central);
            return null;
        });
        List<String> taken = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (CentralSignOff s : fromCentral.stream().sorted(Comparator.comparingLong(CentralSignOff::id)).toList()) {
            Optional<String> refusal = tx.inTransaction(() -> {
                if (ledger.dealtWith(central, s.id())) {
                    return Optional.<String>empty();
                }
                Optional<String> why = whyNot(s);
                if (why.isPresent()) {
                    return why;
                }
                take(central, s);
                taken.add(s.batchId());
                return Optional.<String>empty();
            });
            // A refusal is written in a transaction of its own: the check's reads must not hold the batch.
            refusal.ifPresent(why -> {
                if (tx.inTransaction(() -> refuse(central, s, why))) {
                    refusals.add(why);
                }
            });
        }
        return new Outcome(taken, refusals);
    }

    /** Why this station does not take {@code s}, in words; empty when it does. */
    private Optional<String> whyNot(CentralSignOff s) {
        Optional<BatchRecord> found = reader.read(s.batchId());
        if (found.isEmpty()) {
            return Optional.of("this station has no batch " + s.batchId());
        }
        BatchRecord record = found.get();
        if (!record.matchesSeal()) {
            return Optional.of(record.sealWarning().orElseThrow());
        }
        if (!record.run().state().finished()) {
            return Optional.of("the batch is " + record.run().state() + ": only a COMPLETE or ABORTED batch can be signed off");
        }
        if (record.review().isPresent()) {
            return Optional.of("the batch is signed off already: " + record.review().get().signature().manifestation());
        }
        if (!record.contentHash().equals(s.contentHash())) {
            return Optional.of("the record changed after QA saw it: its content hash is " + record.contentHash() + ", the sign-off is for "
                    + s.contentHash());
        }
        if (BatchActors.of(record).contains(s.login())) {
            return Optional.of(s.login() + " had a hand in the batch (operated, witnessed, acknowledged or amended) and may not sign it off");
        }
        if (s.decision() == QaDecision.REJECTED && s.comment().isBlank()) {
            return Optional.of("a rejection needs a reason and this one has none");
        }
        return Optional.empty();
    }

    private void take(String central, CentralSignOff s) {
        Signature signature = signatures.append(s.signature());
        reviews.appendReview(new BatchReview(s.batchId(), s.decision(), signature));
        ledger.record(central, s.id(), s.batchId(), SignOffLedger.Outcome.SIGNED_OFF, Clocks.now(clock));
        auditor.recordByStation(ReviewAudit.SIGNED_OFF_FROM_CENTRAL, ReviewAudit.ENTITY_BATCH, s.batchId(), s.decision().name() + " — "
                + signature.manifestation() + " [sha256 " + s.contentHash() + "] — central sign-off " + s.id() + " from QA workstation "
                + s.workstation(), s.comment());
        LOG.info("batch {} signed off from central (sign-off {} from {})", s.batchId(), s.id(), s.workstation());
    }

    /** True when refused now; false when another pass dealt with it meanwhile. */
    private boolean refuse(String central, CentralSignOff s, String why) {
        if (ledger.dealtWith(central, s.id())) {
            return false;
        }
        ledger.record(central, s.id(), s.batchId(), SignOffLedger.Outcome.REFUSED, Clocks.now(clock));
        auditor.recordByStation(ReviewAudit.SIGNOFF_REFUSED, ReviewAudit.ENTITY_BATCH, s.batchId(), refusalText(s.id(), why),
                s.decision().name() + " by " + s.printedName() + " (" + s.login() + ") on QA workstation " + s.workstation());
        LOG.warn("central sign-off {} of batch {} refused: {}", s.id(), s.batchId(), why);
        return true;
    }

    /** The refusal's audit text; the workstation finds a refusal by its start, so the two stay one function. */
    public static String refusalText(long signOffId, String why) {
        return refusalPrefix(signOffId) + why;
    }

    public static String refusalPrefix(long signOffId) {
        return "central sign-off " + signOffId + " refused: ";
    }
}

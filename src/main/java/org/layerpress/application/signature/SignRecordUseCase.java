package org.layerpress.application.signature;

import java.time.Clock;
import java.util.List;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.PinVerifier;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.user.User;

/** Signs a record with an e-signature bound to its content hash (21 CFR 11.50, 11.70, 11.200). */
public final class SignRecordUseCase {

    private final SignatureStore signatures;
    private final Authorizer authorizer;
    private final PinVerifier verifier;
    private final Auditor auditor;
    private final SessionManager sessions;
    private final Transactions tx;
    private final Clock clock;

    public SignRecordUseCase(SignatureStore signatures, Authorizer authorizer, PinVerifier verifier, Auditor auditor,
                             SessionManager sessions, Transactions tx, Clock clock) {
        this.signatures = signatures;
        this.authorizer = authorizer;
        this.verifier = verifier;
        this.auditor = auditor;
        this.sessions = sessions;
        this.tx = tx;
        this.clock = clock;
    }

    public Signature sign(Session session, SignCommand c) {
        return sign(session, c, s -> { });
    }

    /**
     * Signs and, in the same transaction, does what the signature stands for (approve, retire…):
     * both commit or neither does. A refused PIN still commits its count and audit row.
     */
    public Signature sign(Session session, SignCommand c, java.util.function.Consumer<Signature> alongside) {
        User signer = authorizer.require(session, c.requiredPermission(), "signing as " + c.meaning().label());
        if (!session.hasSigned()) {
            String who = c.identityConfirmation().orElseThrow(() ->
                    new AccessDeniedException("first signature of this session: confirm who you are (name or badge) as well as the PIN"));
            if (!who.equals(signer.login()) && !signer.badgeId().map(who::equals).orElse(false)) {
                throw new AccessDeniedException("the name or badge given is not the logged-in user's");
            }
        }
        Attempt attempt = tx.inTransaction(() -> {
            PinVerifier.Verification v = verifier.verify(signer, c.pin(), "signature");
            if (!v.accepted()) {
                return new Attempt(null, v.message());
            }
            Signature s = signatures.append(new Signature(0, signer.id(), signer.login(), signer.fullName(), Clocks.now(clock),
                    c.meaning(), c.comment(), c.record().entityType(), c.record().entityId(), ContentHash.sha256(c.record().canonicalContent())));
            auditor.record(signer, AuditActions.SIGNED, c.record().entityType(), c.record().entityId(), "",
                    s.manifestation() + " [sha256 " + s.contentHash() + "]", c.comment());
            alongside.accept(s);
            return new Attempt(s, null);
        });
        if (attempt.signature() == null) {
            // The refusal itself (wrong-PIN count, audit row) is committed; the signature is not.
            throw new AccessDeniedException("Not signed. " + attempt.refusal());
        }
        sessions.signed(session);
        return attempt.signature();
    }

    private record Attempt(Signature signature, String refusal) {
    }

    public List<Signature> signaturesOf(String entityType, String entityId) {
        return tx.inTransaction(() -> signatures.forRecord(entityType, entityId));
    }

    /** Whether a stored signature still matches the record as it is now. */
    public static boolean stillBinds(Signature signature, SignableRecord current) {
        return signature.entityType().equals(current.entityType()) && signature.entityId().equals(current.entityId())
                && signature.isValidFor(current.canonicalContent());
    }
}

package org.layerpress.application.audit;

import java.util.List;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.domain.user.Permission;

/** Reading the audit trail: Admins and QA (Annex 11 §9: the trail must be reviewable). */
public final class AuditQueryUseCase {

    private final AuditTrail trail;
    private final Authorizer authorizer;
    private final Transactions tx;

    public AuditQueryUseCase(AuditTrail trail, Authorizer authorizer, Transactions tx) {
        this.trail = trail;
        this.authorizer = authorizer;
        this.tx = tx;
    }

    public List<AuditRecord> find(Session session, AuditFilter filter) {
        authorizer.require(session, Permission.VIEW_AUDIT_TRAIL, "reading the audit trail");
        return tx.inTransaction(() -> trail.find(filter));
    }

    /**
     * The chain check needs no session: it is run from the command line by whoever holds the files.
     * It reads inside a transaction like every store call (the JDBC trail refuses calls outside one).
     */
    public ChainCheck verifyChain() {
        return tx.inTransaction(trail::verify);
    }
}

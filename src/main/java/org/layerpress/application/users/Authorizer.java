package org.layerpress.application.users;

import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The authority check every use case makes before doing anything (21 CFR 11.10(g)): a live,
 * enabled user holding the permission, who is not still on a temporary PIN. Denials are audited.
 */
public final class Authorizer {

    private final UserStore users;
    private final Auditor auditor;
    private final Transactions tx;

    public Authorizer(UserStore users, Auditor auditor, Transactions tx) {
        this.users = users;
        this.auditor = auditor;
        this.tx = tx;
    }

    /** Returns the acting user as the store has them now (roles may have changed since login). */
    public User require(Session session, Permission permission, String what) {
        if (session == null) {
            throw new AccessDeniedException("log in first to " + what);
        }
        User current = tx.inTransaction(() -> users.byId(session.user().id())).orElseThrow(
                () -> new AccessDeniedException("unknown user " + session.user().login()));
        String refusal = null;
        if (!current.active()) {
            refusal = current.login() + " is disabled";
        } else if (session.mustChangePin()) {
            refusal = "change your PIN first";
        } else if (!current.has(permission)) {
            refusal = what + " needs the " + permission.grantedTo() + " role; " + current.login() + " has " + current.roles();
        }
        if (refusal != null) {
            String message = refusal;
            tx.inTransaction(() -> {
                auditor.record(current, AuditActions.ACCESS_DENIED, "permission", permission.name(), "", message, "");
                return null;
            });
            throw new AccessDeniedException(message);
        }
        return current;
    }
}

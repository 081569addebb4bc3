package org.layerpress.application.users;

import java.util.Arrays;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;

/** A user changes their own PIN (always after an Admin's reset). */
public final class ChangePinUseCase {

    private final UserStore users;
    private final PinHasher hasher;
    private final PinVerifier verifier;
    private final Auditor auditor;
    private final Transactions tx;

    public ChangePinUseCase(UserStore users, PinHasher hasher, PinVerifier verifier, Auditor auditor, Transactions tx) {
        this.users = users;
        this.hasher = hasher;
        this.verifier = verifier;
        this.auditor = auditor;
        this.tx = tx;
    }

    /** Returns null when changed, else what to tell the person. */
    public String change(Session session, Pin current, Pin next, Pin confirmation) {
        if (session == null) {
            throw new AccessDeniedException("log in first to change a PIN");
        }
        if (!Arrays.equals(next.digits(), confirmation.digits())) {
            return "The two new PINs differ.";
        }
        if (Arrays.equals(next.digits(), current.digits())) {
            return "The new PIN must differ from the current one.";
        }
        PinHash hash = hasher.hash(next);
        String refusal = tx.inTransaction(() -> {
            User user = users.byId(session.user().id()).orElseThrow();
            PinVerifier.Verification v = verifier.verify(user, current, "PIN change");
            if (!v.accepted()) {
                return v.message();
            }
            users.updatePin(user.id(), hash, false);
            auditor.record(user, AuditActions.PIN_CHANGED, AuditActions.ENTITY_USER, user.login(), "", "PIN changed by its owner", "");
            return null;
        });
        if (refusal == null) {
            session.pinChanged();
        }
        return refusal;
    }
}

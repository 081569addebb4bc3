package org.layerpress.application.users;

import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;

/** Leaving kiosk mode (closing the HMI) takes a Supervisor's or Admin's name and PIN; every attempt is audited. */
public final class ExitKioskUseCase {

    private final UserStore users;
    private final PinVerifier verifier;
    private final Auditor auditor;
    private final Transactions tx;

    public ExitKioskUseCase(UserStore users, PinVerifier verifier, Auditor auditor, Transactions tx) {
        this.users = users;
        this.verifier = verifier;
        this.auditor = auditor;
        this.tx = tx;
    }

    /** Returns null when the HMI may close, else what to tell the person. */
    public String authorize(String login, Pin pin) {
        return tx.inTransaction(() -> {
            User user = users.byLogin(login).orElse(null);
            if (user == null) {
                auditor.recordAnonymous(login, AuditActions.KIOSK_EXIT_REFUSED, AuditActions.ENTITY_STATION, "kiosk", "unknown user");
                return "Unknown user.";
            }
            PinVerifier.Verification v = verifier.verify(user, pin, "leaving kiosk mode");
            if (!v.accepted()) {
                auditor.record(user, AuditActions.KIOSK_EXIT_REFUSED, AuditActions.ENTITY_STATION, "kiosk", "", v.outcome().name(), "");
                return v.message();
            }
            if (!user.has(Permission.EXIT_KIOSK)) {
                auditor.record(user, AuditActions.KIOSK_EXIT_REFUSED, AuditActions.ENTITY_STATION, "kiosk", "", "not a Supervisor or Admin", "");
                return "Only a Supervisor or an Admin can close the HMI.";
            }
            auditor.record(user, AuditActions.KIOSK_EXIT, AuditActions.ENTITY_STATION, "kiosk", "running", "closed", "");
            return null;
        });
    }
}

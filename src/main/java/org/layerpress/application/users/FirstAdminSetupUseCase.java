package org.layerpress.application.users;

import java.util.EnumSet;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/** First start: no users yet, so the person at the screen creates the first Admin, once. */
public final class FirstAdminSetupUseCase {

    private final UserStore users;
    private final PinHasher hasher;
    private final Auditor auditor;
    private final Transactions tx;

    public FirstAdminSetupUseCase(UserStore users, PinHasher hasher, Auditor auditor, Transactions tx) {
        this.users = users;
        this.hasher = hasher;
        this.auditor = auditor;
        this.tx = tx;
    }

    public boolean isNeeded() {
        return tx.inTransaction(users::count) == 0;
    }

    public User setUp(SetupFirstAdminCommand command) {
        PinHash pin = hasher.hash(command.pin());
        return tx.inTransaction(() -> {
            if (users.count() > 0) {
                throw new AccessDeniedException("the station already has users: an Admin creates new ones");
            }
            long id = users.insert(new NewUser(command.login(), command.fullName(), Optional.empty(), EnumSet.of(Role.ADMIN), false, false), pin);
            User admin = users.byId(id).orElseThrow();
            auditor.record(admin, AuditActions.USER_CREATED, AuditActions.ENTITY_USER, admin.login(), "",
                    describe(admin), "first start: first Admin");
            return admin;
        });
    }

    static String describe(User u) {
        return u.fullName() + " (" + u.login() + ") roles " + u.roles() + u.badgeId().map(b -> " badge " + b).orElse("")
                + (u.active() ? "" : " DISABLED");
    }
}

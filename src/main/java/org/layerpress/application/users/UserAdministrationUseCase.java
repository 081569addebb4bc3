package org.layerpress.application.users;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * The Admin's work on users: create, assign roles, reset a PIN, disable (never delete). Each change
 * is audited with old → new and the reason, in the same transaction as the change.
 */
public final class UserAdministrationUseCase {

    private final UserStore users;
    private final PinHasher hasher;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;

    public UserAdministrationUseCase(UserStore users, PinHasher hasher, Authorizer authorizer, Auditor auditor, Transactions tx) {
        this.users = users;
        this.hasher = hasher;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
    }

    public List<User> list(Session session) {
        authorizer.require(session, Permission.MANAGE_USERS, "listing users");
        return tx.inTransaction(users::all);
    }

    /** Logins managed from the site's user home (docs/central.md): their changes there reach this station. */
    public java.util.Set<String> centrallyManaged(Session session) {
        authorizer.require(session, Permission.MANAGE_USERS, "listing users");
        return tx.inTransaction(users::centrallyManaged);
    }

    public User create(Session session, UserCommands.CreateUser c) {
        User admin = authorizer.require(session, Permission.MANAGE_USERS, "creating a user");
        PinHash pin = hasher.hash(c.temporaryPin());
        return tx.inTransaction(() -> {
            if (users.byLogin(c.login()).isPresent()) {
                throw new IllegalArgumentException("the login '" + c.login() + "' is taken");
            }
            if (c.badgeId().isPresent() && users.byBadge(c.badgeId().get()).isPresent()) {
                throw new IllegalArgumentException("that badge already belongs to another user");
            }
            long id = users.insert(new NewUser(c.login(), c.fullName(), c.badgeId(), c.roles(), true, false), pin);
            User created = users.byId(id).orElseThrow();
            auditor.record(admin, AuditActions.USER_CREATED, AuditActions.ENTITY_USER, created.login(), "",
                    FirstAdminSetupUseCase.describe(created), "");
            return created;
        });
    }

    public User assignRoles(Session session, UserCommands.AssignRoles c) {
        User admin = authorizer.require(session, Permission.MANAGE_USERS, "assigning roles");
        return tx.inTransaction(() -> {
            User before = existing(c.userId());
            if (before.holds(Role.ADMIN) && !c.roles().contains(Role.ADMIN)) {
                refuseLosingTheLastAdmin(before);
            }
            users.updateRoles(before.id(), c.roles());
            User after = existing(c.userId());
            auditor.record(admin, AuditActions.ROLES_CHANGED, AuditActions.ENTITY_USER, after.login(),
                    before.roles().toString(), after.roles().toString(), c.reason());
            return after;
        });
    }

    public User resetPin(Session session, UserCommands.ResetPin c) {
        User admin = authorizer.require(session, Permission.MANAGE_USERS, "resetting a PIN");
        PinHash pin = hasher.hash(c.temporaryPin());
        return tx.inTransaction(() -> {
            User target = existing(c.userId());
            users.updatePin(target.id(), pin, true);
            users.updateFailedAttempts(target.id(), 0, Optional.empty());
            auditor.record(admin, AuditActions.PIN_RESET, AuditActions.ENTITY_USER, target.login(),
                    "", "temporary PIN set; must change at next login; lockout cleared", c.reason());
            return existing(c.userId());
        });
    }

    public User disable(Session session, UserCommands.DisableUser c) {
        User admin = authorizer.require(session, Permission.MANAGE_USERS, "disabling a user");
        return tx.inTransaction(() -> {
            User target = existing(c.userId());
            if (target.id() == admin.id()) {
                throw new IllegalArgumentException("you cannot disable yourself; another Admin can");
            }
            if (target.holds(Role.ADMIN)) {
                refuseLosingTheLastAdmin(target);
            }
            users.updateActive(target.id(), false);
            auditor.record(admin, AuditActions.USER_DISABLED, AuditActions.ENTITY_USER, target.login(), "active", "disabled", c.reason());
            return existing(c.userId());
        });
    }

    private User existing(long id) {
        return users.byId(id).orElseThrow(() -> new IllegalArgumentException("no user with id " + id));
    }

    /** A station without an active Admin could never be administered again. */
    private void refuseLosingTheLastAdmin(User target) {
        long otherAdmins = users.all().stream().filter(u -> u.active() && u.holds(Role.ADMIN) && u.id() != target.id()).count();
        if (otherAdmins == 0) {
            throw new IllegalArgumentException(target.login() + " is the last active Admin: make someone else Admin first");
        }
    }
}

package org.layerpress.application.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * Demo users for training and trying the HMI ({@code run --demo}); flagged so the login screen
 * marks them DEMO. Two of each role that has a four-eyes rule: two Supervisors, because approving a
 * recipe takes a second person; two Operators and two QA reviewers, because a witnessed weighing
 * takes a second person at the press (Oscar witnesses Olga's) and whoever had a hand in a batch may
 * not sign it off (Rhea signs a batch Quinn witnessed).
 * Nothing else differs in demo mode.
 */
public final class DemoUsers {

    public record Demo(String login, String fullName, String badge, Set<Role> roles, String pin) {
    }

    public static final List<Demo> USERS = List.of(
            new Demo("olga", "Olga Operator", "B-1001", EnumSet.of(Role.OPERATOR), "111111"),
            new Demo("quinn", "Quinn Reviewer", "B-1002", EnumSet.of(Role.QA), "222222"),
            new Demo("sam", "Sam Supervisor", "B-1003", EnumSet.of(Role.SUPERVISOR), "333333"),
            new Demo("sue", "Sue Second-Supervisor", "B-1004", EnumSet.of(Role.SUPERVISOR), "444444"),
            new Demo("oscar", "Oscar Second-Operator", "B-1005", EnumSet.of(Role.OPERATOR), "555555"),
            new Demo("rhea", "Rhea Second-Reviewer", "B-1006", EnumSet.of(Role.QA), "666666"),
            new Demo("ada", "Ada Admin", "B-1009", EnumSet.of(Role.ADMIN), "999999"));

    private DemoUsers() {
    }

    /** Adds each demo user whose login is free; returns how many were added. */
    public static int seed(UserStore users, PinHasher hasher, Auditor auditor, Transactions tx) {
        int added = 0;
        for (Demo d : USERS) {
            // A PIN hash costs a deliberate fraction of a second: spend it only on someone to add.
            if (tx.inTransaction(() -> users.byLogin(d.login()).isPresent() || users.byBadge(d.badge()).isPresent())) {
                continue;
            }
            PinHash pin = hasher.hash(Pin.of(d.pin()));
            boolean inserted = tx.inTransaction(() -> {
                if (users.byLogin(d.login()).isPresent() || users.byBadge(d.badge()).isPresent()) {
                    return false;
                }
                long id = users.insert(new NewUser(d.login(), d.fullName(), Optional.of(d.badge()), d.roles(), false, true), pin);
                User u = users.byId(id).orElseThrow();
                auditor.record(u, AuditActions.USER_CREATED, AuditActions.ENTITY_USER, u.login(), "",
                        FirstAdminSetupUseCase.describe(u) + " DEMO", "--demo");
                return true;
            });
            added += inserted ? 1 : 0;
        }
        return added;
    }
}

package org.layerpress.application.users;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * What {@code central publish-users} takes from the site's user home (docs/central.md): every person there except
 * the demo people, active or not (a person is never deleted, only published inactive), with their PIN hash only
 * when the home's site setting shares PIN hashes. Only an Admin publishes; the publication is audited on the home.
 */
public final class UserPublication {

    static final String PUBLISHED = "USERS_READ_FOR_CENTRAL";

    private UserPublication() {
    }

    /** @param station the home's station id, as its central rows carry it */
    public static List<PublishedUser> of(Session session, UserStore users, SettingsStore settings, Authorizer authorizer, Auditor auditor,
                                         Transactions tx, String station) {
        User admin = authorizer.require(session, Permission.MANAGE_USERS, "publishing users to the other stations");
        return tx.inTransaction(() -> {
            boolean pins = SitePins.shared(settings);
            List<PublishedUser> out = people(users, settings, admin.login(), station);
            auditor.record(admin, PUBLISHED, AuditActions.ENTITY_STATION, station, "",
                    out.size() + " users read to publish centrally" + (pins ? ", with their PIN hashes" : ", without PIN hashes") + ": "
                            + out.stream().map(PublishedUser::login).collect(Collectors.joining(", ")), "central publish-users");
            return out;
        });
    }

    /**
     * Whom a publication by {@code adminLogin} takes, read without auditing (inside the caller's transaction): what the
     * Users screen's signature binds to before {@link #of} reads them again and audits.
     */
    static List<PublishedUser> people(UserStore users, SettingsStore settings, String adminLogin, String station) {
        boolean pins = SitePins.shared(settings);
        return users.all().stream().filter(u -> !u.demo())
                .map(u -> new PublishedUser(0, u.login(), u.fullName(), u.badgeId(), roles(u), u.active(), adminLogin, station,
                        pins ? users.pinHash(u.id()).map(h -> new PublishedUser.Pin(h, u.pinMustChange())) : Optional.empty()))
                .toList();
    }

    /** One line per person (login, name, badge, roles, active, whether a PIN hash goes along): what a signature binds to. */
    static String canonical(List<PublishedUser> people) {
        return people.stream().map(u -> u.login() + "|" + u.fullName() + "|" + u.badgeId().orElse("") + "|" + u.roles() + "|" + u.active()
                + "|" + (u.pin().isPresent() ? "pin" : "")).collect(Collectors.joining("\n"));
    }

    private static String roles(User u) {
        return u.roles().stream().map(Role::name).collect(Collectors.joining(","));
    }
}

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
            List<PublishedUser> out = users.all().stream().filter(u -> !u.demo())
                    .map(u -> new PublishedUser(0, u.login(), u.fullName(), u.badgeId(), roles(u), u.active(), admin.login(), station,
                            pins ? users.pinHash(u.id()).map(h -> new PublishedUser.Pin(h, u.pinMustChange())) : Optional.empty()))
                    .toList();
            auditor.record(admin, PUBLISHED, AuditActions.ENTITY_STATION, station, "",
                    out.size() + " users read to publish centrally" + (pins ? ", with their PIN hashes" : ", without PIN hashes") + ": "
                            + out.stream().map(PublishedUser::login).collect(Collectors.joining(", ")), "central publish-users");
            return out;
        });
    }

    private static String roles(User u) {
        return u.roles().stream().map(Role::name).collect(Collectors.joining(","));
    }
}

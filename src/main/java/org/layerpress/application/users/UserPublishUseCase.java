package org.layerpress.application.users;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.layerpress.application.central.CentralUnreachable;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The user home's Admin publishes its people to every station from the Users screen (docs/central.md), by the same
 * rules as {@code central publish-users} ({@link UserPublication}: an Admin only, never the demo people, PIN hashes
 * only with the site setting), signed with the Admin's PIN. The signature binds to the list of people published;
 * it, the home's audit rows and the central write are one step: the central rows are written inside the signing
 * transaction, so a central database that cannot be reached rolls the signature and the audit rows back.
 */
public final class UserPublishUseCase {

    /** The signature's entity type; its id is the home's station id. */
    public static final String ENTITY = "user_publication";

    private final UserStore users;
    private final SettingsStore settings;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final SignRecordUseCase signatures;
    private final Transactions tx;
    private final UserCentral central;
    private final String station;

    /** @param station this station's id, named as the home in the central rows */
    public UserPublishUseCase(UserStore users, SettingsStore settings, Authorizer authorizer, Auditor auditor, SignRecordUseCase signatures,
                              Transactions tx, UserCentral central, String station) {
        this.users = users;
        this.settings = settings;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.signatures = signatures;
        this.tx = tx;
        this.central = central;
        this.station = station;
    }

    /** Whether this session may publish (the key is offered); the publication checks again. */
    public boolean mayPublish(Session session) {
        return session != null && !session.mustChangePin() && session.user().has(Permission.MANAGE_USERS);
    }

    /**
     * Signs and publishes the home's people (not the demo people); returns them with their central numbers.
     *
     * @throws AccessDeniedException for anyone but an Admin, or a refused PIN
     * @throws IllegalStateException when there is nobody to publish (only demo people), or the people changed while signing
     * @throws RuntimeException when the central database cannot be reached or written (nothing is signed or written then)
     */
    public List<PublishedUser> publish(Session session, SignatureInput sig) {
        User admin = authorizer.require(session, Permission.MANAGE_USERS, "publishing users to the other stations");
        List<PublishedUser> seen = tx.inTransaction(() -> UserPublication.people(users, settings, admin.login(), station));
        if (seen.isEmpty()) {
            throw new IllegalStateException("there is nobody to publish: demo people are never published");
        }
        String content = UserPublication.canonical(seen);
        SignCommand command = new SignCommand(new SignableRecord(ENTITY, station, content), SignatureMeaning.APPROVED, sig.comment(),
                Permission.MANAGE_USERS, sig.identity(), sig.pin());
        AtomicReference<List<PublishedUser>> published = new AtomicReference<>();
        signatures.sign(session, command, s -> {
            List<PublishedUser> now = UserPublication.of(session, users, settings, authorizer, auditor, tx, station);
            if (!UserPublication.canonical(now).equals(content)) {
                throw new IllegalStateException("the people changed while the publication was being signed; look at them again");
            }
            try {
                published.set(central.publish(now, s.signedAt()));
            } catch (RuntimeException e) {
                throw CentralUnreachable.refusal("publishing users", e);
            }
        });
        return published.get();
    }
}

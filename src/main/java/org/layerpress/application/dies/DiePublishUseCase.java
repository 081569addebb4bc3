package org.layerpress.application.dies;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.layerpress.application.central.CentralUnreachable;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * A Supervisor publishes this station's dies to every station, from the Dies screen or with {@code central publish-dies}
 * (docs/central.md), signed with the PIN. The signature binds to the list of dies published; it, the station's audit
 * row ({@link DieRegistryUseCase#PUBLISHED}) and the central write are one step: the central rows are written inside
 * the signing transaction, so a central database that cannot be reached rolls the signature and the audit row back.
 */
public final class DiePublishUseCase {

    /** The signature's entity type; its id is the publishing station's id. */
    public static final String ENTITY = "die_publication";

    private final DieRegistryUseCase registry;
    private final Authorizer authorizer;
    private final SignRecordUseCase signatures;
    private final DieCentral central;
    private final String station;

    /** @param station this station's id, named as the publisher in the central rows */
    public DiePublishUseCase(DieRegistryUseCase registry, Authorizer authorizer, SignRecordUseCase signatures, DieCentral central, String station) {
        this.registry = registry;
        this.authorizer = authorizer;
        this.signatures = signatures;
        this.central = central;
        this.station = station;
    }

    /** Whether this session may publish (the key is offered); the publication checks again. */
    public boolean mayPublish(Session session) {
        return session != null && !session.mustChangePin() && session.user().has(Permission.MANAGE_DIES);
    }

    /**
     * Signs and publishes every die of the registry (retired ones too, so the other stations retire them); returns them
     * with their central numbers.
     *
     * @throws org.layerpress.application.users.AccessDeniedException for anyone but a Supervisor, or a refused PIN
     * @throws IllegalStateException when the registry is empty, the dies changed while signing, or the central database
     *                               cannot be reached or written (nothing is signed, audited or published then)
     */
    public List<PublishedDie> publish(Session session, SignatureInput sig) {
        User supervisor = authorizer.require(session, Permission.MANAGE_DIES, "publishing dies to the other stations");
        List<PublishedDie> seen = registry.list(session).stream().map(d -> PublishedDie.of(d, supervisor.login(), station)).toList();
        if (seen.isEmpty()) {
            throw new IllegalStateException("there are no dies to publish");
        }
        String content = canonical(seen);
        SignCommand command = new SignCommand(new SignableRecord(ENTITY, station, content), SignatureMeaning.APPROVED, sig.comment(),
                Permission.MANAGE_DIES, sig.identity(), sig.pin());
        AtomicReference<List<PublishedDie>> published = new AtomicReference<>();
        signatures.sign(session, command, s -> {
            // Read again (and audited) inside the signing transaction: what is published is what was signed.
            List<PublishedDie> now = registry.forPublication(session, station);
            if (!canonical(now).equals(content)) {
                throw new IllegalStateException("the dies changed while the publication was being signed; look at them again");
            }
            try {
                published.set(central.publish(now, s.signedAt()));
            } catch (RuntimeException e) {
                throw CentralUnreachable.refusal("publishing dies", e);
            }
        });
        return published.get();
    }

    /** What the signature binds to: one line per die, its definition and status as published. */
    static String canonical(List<PublishedDie> dies) {
        return dies.stream().map(d -> String.join("|", d.dieId(), Double.toString(d.boreMillimetres()), Double.toString(d.ratedForceKiloNewtons()),
                d.material(), cycles(d.ratedCycles()), d.status(), d.publishedBy(), d.fromStation())).collect(Collectors.joining("\n"));
    }

    private static String cycles(OptionalLong rated) {
        return rated.isPresent() ? Long.toString(rated.getAsLong()) : "-";
    }
}

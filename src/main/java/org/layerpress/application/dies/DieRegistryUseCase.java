package org.layerpress.application.dies;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The die registry as people use it: everyone reads it; a Supervisor adds, edits and retires dies.
 * Each change is audited (old → new, the reason) in the same transaction as the change.
 */
public final class DieRegistryUseCase {

    /** What was read to publish, audited on the publishing station. */
    public static final String PUBLISHED = "DIES_READ_FOR_CENTRAL";

    private final DieStore dies;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;

    public DieRegistryUseCase(DieStore dies, Authorizer authorizer, Auditor auditor, Transactions tx) {
        this.dies = dies;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
    }

    public List<RegisteredDie> list(Session session) {
        authorizer.require(session, Permission.READ_DIES, "see the dies");
        return tx.inTransaction(dies::all);
    }

    /** Each die's count over every station as the last pull from central read it; empty on a station without a central copy. */
    public Map<String, Long> siteCycles(Session session) {
        authorizer.require(session, Permission.READ_DIES, "see the dies");
        return tx.inTransaction(dies::allSiteCycles);
    }

    public RegisteredDie add(Session session, DieCommands.AddDie c) {
        User supervisor = authorizer.require(session, Permission.MANAGE_DIES, "add a die");
        return tx.inTransaction(() -> {
            if (dies.byId(c.id()).isPresent()) {
                throw new IllegalArgumentException("die " + c.id() + " is already registered: edit it instead");
            }
            RegisteredDie added = RegisteredDie.added(c.die(), c.material(), c.ratedCycles());
            dies.insert(added);
            auditor.record(supervisor, AuditActions.DIE_ADDED, AuditActions.ENTITY_DIE, c.id(), "", added.describe(), "");
            return added;
        });
    }

    public RegisteredDie edit(Session session, DieCommands.EditDie c) {
        User supervisor = authorizer.require(session, Permission.MANAGE_DIES, "edit a die");
        return tx.inTransaction(() -> {
            RegisteredDie before = existing(c.id());
            if (before.status() == DieStatus.RETIRED) {
                throw new IllegalArgumentException("die " + c.id() + " is retired: a retired die is never changed or used again");
            }
            RegisteredDie after = new RegisteredDie(c.die(), c.material(), c.ratedCycles(), before.cycles(), before.highestForce(), c.status());
            if (after.equals(before)) {
                throw new IllegalArgumentException("nothing changed on die " + c.id());
            }
            dies.update(after);
            auditor.record(supervisor, AuditActions.DIE_CHANGED, AuditActions.ENTITY_DIE, c.id(), before.describe(), after.describe(), c.reason());
            return after;
        });
    }

    public RegisteredDie retire(Session session, DieCommands.RetireDie c) {
        User supervisor = authorizer.require(session, Permission.MANAGE_DIES, "retire a die");
        return tx.inTransaction(() -> {
            RegisteredDie before = existing(c.id());
            if (before.status() == DieStatus.RETIRED) {
                throw new IllegalArgumentException("die " + c.id() + " is already retired");
            }
            RegisteredDie after = new RegisteredDie(before.die(), before.material(), before.ratedCycles(), before.cycles(),
                    before.highestForce(), DieStatus.RETIRED);
            dies.update(after);
            auditor.record(supervisor, AuditActions.DIE_RETIRED, AuditActions.ENTITY_DIE, c.id(), before.describe(), after.describe(), c.reason());
            return after;
        });
    }

    /**
     * Every die of this station as {@code central publish-dies} publishes it (docs/central.md): its definition and
     * status, never its counts (each station forwards its die uses, and central sums them). Only a Supervisor
     * publishes; what was read to publish is audited here.
     *
     * @param station this station's id, as its central rows carry it
     */
    public List<PublishedDie> forPublication(Session session, String station) {
        User supervisor = authorizer.require(session, Permission.MANAGE_DIES, "publish the dies to the other stations");
        return tx.inTransaction(() -> {
            List<PublishedDie> out = dies.all().stream().map(d -> PublishedDie.of(d, supervisor.login(), station)).toList();
            auditor.record(supervisor, PUBLISHED, AuditActions.ENTITY_STATION, station, "", out.size() + " dies read to publish centrally: "
                    + out.stream().map(d -> d.dieId() + " " + d.status()).collect(Collectors.joining(", ")), "central publish-dies");
            return out;
        });
    }

    private RegisteredDie existing(String id) {
        return dies.byId(id).orElseThrow(() -> new IllegalArgumentException("no die " + id + " in the registry"));
    }
}

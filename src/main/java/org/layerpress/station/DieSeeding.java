package org.layerpress.station;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.Auditor;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.RegisteredDie;

/**
 * The migration path from dies given at start ({@code --die-id}, {@code --die-mm}, {@code --die-rating},
 * deprecated) to the die registry (docs/dies.md#migration): a die given at start that the registry
 * does not have joins it IN_USE, audited as added by the station. A die the registry has is left as
 * the registry says: the registry, not a start option, is what a Supervisor maintains.
 */
public final class DieSeeding {

    /** What a seeded die's material reads until a Supervisor edits it: the start options never said. */
    public static final String MATERIAL_NOT_RECORDED = "not recorded (seeded from the start options)";

    private DieSeeding() {
    }

    /**
     * Seeds {@code given}, and {@code whenEmpty} if the registry is still empty after that; one
     * transaction, so a failure leaves the registry as it was.
     */
    public static void seed(StationStores stores, Auditor auditor, List<Die> given, Optional<Die> whenEmpty) {
        stores.transactions().inTransaction(() -> {
            for (Die die : given) {
                add(stores, auditor, die, "given at start (--die-id, deprecated); counts start at 0 now: earlier presses are in the batch records only");
            }
            if (stores.dies().all().isEmpty()) {
                whenEmpty.ifPresent(die -> add(stores, auditor, die, "the die this station ran with before the registry (the former "
                        + "--die-id default); counts start at 0 now: earlier presses are in the batch records only"));
            }
            return null;
        });
    }

    private static void add(StationStores stores, Auditor auditor, Die die, String reason) {
        if (stores.dies().byId(die.id()).isPresent()) {
            return;
        }
        RegisteredDie added = RegisteredDie.added(die, MATERIAL_NOT_RECORDED, OptionalLong.empty());
        stores.dies().insert(added);
        auditor.recordByStation(AuditActions.DIE_ADDED, AuditActions.ENTITY_DIE, die.id(), added.describe(), reason);
    }
}

package org.layerpress.application.batch;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.VesselPoint;

/**
 * The sequencer's isostatic vessel steps (docs/plc-interface.md section 12), as screens and tests
 * call them: what blocks Pressurise or Vent, the two commands, the step running now, and a step's
 * recorded vessel trace.
 */
public final class VesselSteps {

    private final VesselControl control;
    private final Transactions tx;
    private final BatchStore store;

    VesselSteps(VesselControl control, Transactions tx, BatchStore store) {
        this.control = control;
        this.tx = tx;
        this.store = store;
    }

    /** Why Pressurise or Vent may not be started now, in words (the lid, the link, the e-stop, the PLC); empty when it may. */
    public List<String> blockers() {
        return control.blockers();
    }

    /**
     * Starts the current PRESSURISE: refused in words while the lid is not locked or any other blocker
     * holds, and with nothing written past the vessel's rating, the recipe's target or the vessel's rate
     * ({@link VesselSetpoints}). The hold starts with the first vessel pressure sample at target − band and
     * is timed by the HMI; after it the step ends and a DEPRESSURISE next starts at once.
     */
    public BatchRun pressurise(Session session) {
        return control.pressurise(session);
    }

    /** Starts the current DEPRESSURISE (its vent rate, then release); it ends once the PLC reads the vessel vented. */
    public BatchRun depressurise(Session session) {
        return control.depressurise(session);
    }

    /** The PRESSURISE or DEPRESSURISE running now (pressure, band, hold countdown), for the screen; read without the lock. */
    public Optional<VesselProgress> progress() {
        return control.progress();
    }

    /** A vessel step's recorded vessel pressure trace (MPa; never a force). */
    public List<VesselPoint> trace(String batchId, int step) {
        return tx.inTransaction(() -> store.vesselTrace(batchId, step));
    }
}

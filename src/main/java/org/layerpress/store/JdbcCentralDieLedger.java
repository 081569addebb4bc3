package org.layerpress.store;

import java.time.Instant;
import org.layerpress.application.dies.CentralDieLedger;

/** The central die publications this station dealt with, in {@code central_die_taken} (V26, V28: with the central database's identity); on the caller's transaction. */
public final class JdbcCentralDieLedger implements CentralDieLedger {

    private final JdbcTakenLedger taken;

    public JdbcCentralDieLedger(JdbcTransactions tx) {
        this.taken = new JdbcTakenLedger(tx, JdbcTakenLedger.DIES);
    }

    @Override
    public boolean dealtWith(String central, long publicationId) {
        return taken.dealtWith(central, publicationId);
    }

    @Override
    public void record(String central, long publicationId, String dieId, Outcome outcome, Instant at) {
        taken.record(central, publicationId, dieId, outcome, at);
    }

    @Override
    public void claimUnmarked(String central) {
        taken.claimUnmarked(central);
    }
}

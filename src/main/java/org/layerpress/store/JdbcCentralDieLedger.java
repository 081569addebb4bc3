package org.layerpress.store;

import java.time.Instant;
import org.layerpress.application.dies.CentralDieLedger;

/** The central die publications this station dealt with, in {@code central_die_taken} (V26); on the caller's transaction. */
public final class JdbcCentralDieLedger implements CentralDieLedger {

    private final JdbcTakenLedger taken;

    public JdbcCentralDieLedger(JdbcTransactions tx) {
        this.taken = new JdbcTakenLedger(tx, JdbcTakenLedger.DIES);
    }

    @Override
    public boolean dealtWith(long publicationId) {
        return taken.dealtWith(publicationId);
    }

    @Override
    public void record(long publicationId, String dieId, Outcome outcome, Instant at) {
        taken.record(publicationId, dieId, outcome, at);
    }
}

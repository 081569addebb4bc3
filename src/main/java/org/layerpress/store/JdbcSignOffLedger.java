package org.layerpress.store;

import java.time.Instant;
import org.layerpress.application.review.SignOffLedger;

/** The central sign-offs this station dealt with, in {@code central_signoff_taken} (V24, V28: with the central database's identity); on the caller's transaction. */
public final class JdbcSignOffLedger implements SignOffLedger {

    private final JdbcTakenLedger taken;

    public JdbcSignOffLedger(JdbcTransactions tx) {
        this.taken = new JdbcTakenLedger(tx, JdbcTakenLedger.SIGN_OFFS);
    }

    @Override
    public boolean dealtWith(String central, long signOffId) {
        return taken.dealtWith(central, signOffId);
    }

    @Override
    public void record(String central, long signOffId, String batchId, Outcome outcome, Instant at) {
        taken.record(central, signOffId, batchId, outcome, at);
    }

    @Override
    public void claimUnmarked(String central) {
        taken.claimUnmarked(central);
    }
}

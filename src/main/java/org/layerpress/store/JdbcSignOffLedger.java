package org.layerpress.store;

import java.time.Instant;
import org.layerpress.application.review.SignOffLedger;

/** The central sign-offs this station dealt with, in {@code central_signoff_taken} (V24); on the caller's transaction. */
public final class JdbcSignOffLedger implements SignOffLedger {

    private final JdbcTakenLedger taken;

    public JdbcSignOffLedger(JdbcTransactions tx) {
        this.taken = new JdbcTakenLedger(tx, JdbcTakenLedger.SIGN_OFFS);
    }

    @Override
    public boolean dealtWith(long signOffId) {
        return taken.dealtWith(signOffId);
    }

    @Override
    public void record(long signOffId, String batchId, Outcome outcome, Instant at) {
        taken.record(signOffId, batchId, outcome, at);
    }
}

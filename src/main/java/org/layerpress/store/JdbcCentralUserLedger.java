package org.layerpress.store;

import java.time.Instant;
import java.util.Set;
import org.layerpress.application.users.CentralUserLedger;

/** The central user publications this station dealt with, in {@code central_user_taken} (V25, V28: with the central database's identity); on the caller's transaction. */
public final class JdbcCentralUserLedger implements CentralUserLedger {

    private final JdbcTakenLedger taken;

    public JdbcCentralUserLedger(JdbcTransactions tx) {
        this.taken = new JdbcTakenLedger(tx, JdbcTakenLedger.USERS);
    }

    @Override
    public boolean dealtWith(String central, long publicationId) {
        return taken.dealtWith(central, publicationId);
    }

    @Override
    public void record(String central, long publicationId, String login, Outcome outcome, Instant at) {
        taken.record(central, publicationId, login, outcome, at);
    }

    @Override
    public Set<String> centrallyManaged() {
        return taken.names(Outcome.ADOPTED);
    }

    static Set<String> managed(JdbcTransactions tx) {
        return new JdbcCentralUserLedger(tx).centrallyManaged();
    }

    @Override
    public void claimUnmarked(String central) {
        taken.claimUnmarked(central);
    }
}

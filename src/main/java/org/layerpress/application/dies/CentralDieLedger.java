package org.layerpress.application.dies;

import java.time.Instant;

/**
 * Port: which central die publications this station has dealt with (adopted or refused), so each is acted on and a
 * refusal audited once, across restarts. A number is one central database's ({@code central}, its identity, "" for one
 * without): a replaced one numbers from 1 again. Called inside {@code Transactions.inTransaction}.
 */
public interface CentralDieLedger {

    enum Outcome { ADOPTED, REFUSED }

    boolean dealtWith(String central, long publicationId);

    void record(String central, long publicationId, String dieId, Outcome outcome, Instant at);

    /** Gives the numbers dealt with before central databases had an identity to {@code central}, the first one read since. */
    void claimUnmarked(String central);
}

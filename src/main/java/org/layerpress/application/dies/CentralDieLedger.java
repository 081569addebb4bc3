package org.layerpress.application.dies;

import java.time.Instant;

/**
 * Port: which central die publications this station has dealt with (adopted or refused), so each is acted on and a
 * refusal audited once, across restarts. Called inside {@code Transactions.inTransaction}.
 */
public interface CentralDieLedger {

    enum Outcome { ADOPTED, REFUSED }

    boolean dealtWith(long publicationId);

    void record(long publicationId, String dieId, Outcome outcome, Instant at);
}

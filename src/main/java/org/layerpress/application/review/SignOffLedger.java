package org.layerpress.application.review;

import java.time.Instant;

/**
 * Port: which central sign-offs this station has dealt with (taken as its review or refused), so each is
 * acted on and audited once, across restarts. Called inside {@code Transactions.inTransaction}.
 */
public interface SignOffLedger {

    enum Outcome { SIGNED_OFF, REFUSED }

    boolean dealtWith(long signOffId);

    void record(long signOffId, String batchId, Outcome outcome, Instant at);
}

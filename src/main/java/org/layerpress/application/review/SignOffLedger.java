package org.layerpress.application.review;

import java.time.Instant;

/**
 * Port: which central sign-offs this station has dealt with (taken as its review or refused), so each is
 * acted on and audited once, across restarts. A number is one central database's ({@code central}, its identity,
 * "" for one without): a replaced central database numbers from 1 again. Called inside {@code Transactions.inTransaction}.
 */
public interface SignOffLedger {

    enum Outcome { SIGNED_OFF, REFUSED }

    boolean dealtWith(String central, long signOffId);

    void record(String central, long signOffId, String batchId, Outcome outcome, Instant at);

    /** Gives the numbers dealt with before central databases had an identity to {@code central}, the first one read since. */
    void claimUnmarked(String central);
}

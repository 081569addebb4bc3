package org.layerpress.application.users;

import java.time.Instant;
import java.util.Set;

/**
 * Port: which central publications of users this station has dealt with (adopted or refused), so each is acted
 * on and a refusal audited once, across restarts; the logins adopted are the users managed centrally. A number is one
 * central database's ({@code central}, its identity, "" for one without): a replaced one numbers from 1 again. Called
 * inside {@code Transactions.inTransaction}.
 */
public interface CentralUserLedger {

    enum Outcome { ADOPTED, REFUSED }

    boolean dealtWith(String central, long publicationId);

    void record(String central, long publicationId, String login, Outcome outcome, Instant at);

    /** Gives the numbers dealt with before central databases had an identity to {@code central}, the first one read since. */
    void claimUnmarked(String central);

    /** Logins this station adopted from central at least once. */
    Set<String> centrallyManaged();
}

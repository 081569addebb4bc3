package org.layerpress.application.users;

import java.time.Instant;
import java.util.Set;

/**
 * Port: which central publications of users this station has dealt with (adopted or refused), so each is acted
 * on and a refusal audited once, across restarts; the logins adopted are the users managed centrally. Called
 * inside {@code Transactions.inTransaction}.
 */
public interface CentralUserLedger {

    enum Outcome { ADOPTED, REFUSED }

    boolean dealtWith(long publicationId);

    void record(long publicationId, String login, Outcome outcome, Instant at);

    /** Logins this station adopted from central at least once. */
    Set<String> centrallyManaged();
}

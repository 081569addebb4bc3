package org.layerpress.application.review;

import java.util.Optional;

/**
 * Port: the central database's sign-offs as a QA workstation writes and reads them (the store adapter's
 * {@code CentralSignOffs}). Each method opens its own connection; a central database that cannot be reached
 * is an unchecked exception whose message says so (nothing was written then).
 */
public interface RemoteSignOffs {

    /** Writes the sign-off and returns it with its central number. */
    CentralSignOff send(CentralSignOff signOff);

    /** The newest sign-off of that station's batch, if any. */
    Optional<CentralSignOff> newest(String station, String batchId);

    /** The station's refusal of this sign-off in words, once its audit row has reached central. */
    Optional<String> refusal(CentralSignOff signOff);
}
